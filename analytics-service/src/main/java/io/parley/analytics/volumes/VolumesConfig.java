package io.parley.analytics.volumes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The windows the volume and sentiment figures may be asked for. */
@ConfigMapping(prefix = "parley.analytics.volumes")
public interface VolumesConfig {

    /** The window reported when a request names no {@code from}: this long before {@code to}. */
    @WithDefault("P30D")
    Duration defaultWindow();

    /** The longest window with daily buckets. */
    @WithDefault("P366D")
    Duration longestWindow();

    /** The longest window with hourly buckets (so that one answer stays a few hundred buckets). */
    @WithDefault("P31D")
    Duration longestHourlyWindow();
}
