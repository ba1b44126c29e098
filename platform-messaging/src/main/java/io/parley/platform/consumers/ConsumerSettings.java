package io.parley.platform.consumers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How every Kafka consumer of a service rides out a transient failure ({@link RecordProcessing}). */
@ConfigMapping(prefix = "parley.consumers")
public interface ConsumerSettings {

    /** The wait after the first failed try; it doubles with each further one. */
    @WithDefault("200ms")
    Duration firstRetryDelay();

    /** The longest wait between two tries: how late a consumer resumes, at most, once the outage is over. */
    @WithDefault("5s")
    Duration longestRetryDelay();

    /**
     * How long a consumer may wait out a failure before readiness reports it (a lock or a short blip should not
     * take a pod out of service; a database outage should show).
     */
    @WithDefault("10s")
    Duration unreadyAfter();
}
