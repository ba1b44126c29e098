package io.parley.console.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The console's sessions. */
@ConfigMapping(prefix = "parley.console.session")
public interface SessionConfig {

    /** How long the server keeps a session's tokens after they were issued or last refreshed. */
    @WithDefault("PT12H")
    Duration maxAge();
}
