package io.parley.calendar.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Images uploaded for posts. */
@ConfigMapping(prefix = "parley.calendar.media")
public interface MediaConfig {

    /** The largest image accepted, in bytes: 8 MiB, as standards-service's image checks take. */
    @WithDefault("8388608")
    int maxBytes();
}
