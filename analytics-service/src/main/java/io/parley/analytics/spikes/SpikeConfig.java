package io.parley.analytics.spikes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When a brand's complaints or negative interactions count as a spike. */
@ConfigMapping(prefix = "parley.analytics.spikes")
public interface SpikeConfig {

    /** The sliding window counted: the last this long before each interaction. */
    @WithDefault("PT15M")
    Duration window();

    /** The period before the window whose average per window is the baseline. */
    @WithDefault("PT24H")
    Duration baseline();

    /** How many times the baseline (at least 1 per window) the window must reach. */
    @WithDefault("3")
    double factor();

    /** The fewest interactions in the window that can be a spike, whatever the baseline. */
    @WithDefault("10")
    long minCount();

    /** How many of the window's most frequent words the alert carries. */
    @WithDefault("5")
    int topTerms();
}
