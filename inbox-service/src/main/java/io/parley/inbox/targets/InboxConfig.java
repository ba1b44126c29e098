package io.parley.inbox.targets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The inbox's own settings. */
@ConfigMapping(prefix = "parley.inbox")
public interface InboxConfig {

    /** The first-response target for a brand whose standards say nothing yet. */
    @WithDefault("PT1H")
    Duration defaultFirstResponse();
}
