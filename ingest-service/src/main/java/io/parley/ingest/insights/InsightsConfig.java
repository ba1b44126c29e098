package io.parley.ingest.insights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The insights connectors: how often each channel account's figures are read, and for how long after a post. */
@ConfigMapping(prefix = "parley.ingest.insights")
public interface InsightsConfig {

    /** Off: no account's figures are read (nor made up for sandbox accounts). */
    @WithDefault("true")
    boolean enabled();

    /** How often the connectors look for accounts whose figures are due. */
    @WithDefault("30s")
    Duration tick();

    /** How long after start-up the first look is taken. */
    @WithDefault("10s")
    Duration firstDelay();

    /** How long after one reading of an account the next is due (the networks' figures move slowly). */
    @WithDefault("PT1H")
    Duration every();

    /** How long after publishing a post's figures are still read (most of a post's audience comes in days). */
    @WithDefault("P30D")
    Duration followFor();

    /** The most posts of one account read in one reading (newest first), to stay within the networks' limits. */
    @WithDefault("100")
    int postsPerReading();
}
