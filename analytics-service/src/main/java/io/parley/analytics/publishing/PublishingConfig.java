package io.parley.analytics.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The windows the publishing figures may be asked for (the posts' page size is the one rule, {@code parley.pages.*}). */
@ConfigMapping(prefix = "parley.analytics.publishing")
public interface PublishingConfig {

    /** The window reported when a request names no {@code from}: this long before {@code to}. */
    @WithDefault("P30D")
    Duration defaultWindow();

    /** The longest window one request may ask for. */
    @WithDefault("P366D")
    Duration longestWindow();
}
