package io.parley.calendar.approvals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often approval reminders, escalations and expiries are looked for. */
@ConfigMapping(prefix = "parley.calendar.approvals")
public interface ApprovalsConfig {

    /** The pause between two passes of the scanner: an event reaches Kafka within about this of its moment. */
    @WithDefault("PT1S")
    Duration scanEvery();

    /** Rows one pass takes in one transaction. */
    @WithDefault("100")
    int batch();
}
