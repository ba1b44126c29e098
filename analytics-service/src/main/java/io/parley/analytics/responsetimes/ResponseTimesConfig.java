package io.parley.analytics.responsetimes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How response-time figures are reported. */
@ConfigMapping(prefix = "parley.analytics.response-times")
public interface ResponseTimesConfig {

    /** The window reported when a request names no {@code from}: this long before {@code to}. */
    @WithDefault("P30D")
    Duration defaultWindow();

    /** The longest window one request may ask for, so that a query never scans a brand's whole history. */
    @WithDefault("P366D")
    Duration longestWindow();
}
