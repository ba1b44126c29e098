package io.parley.ingest.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Channel health: when an account counts as silent, failing or about to lose its token. */
@ConfigMapping(prefix = "parley.ingest.health")
public interface HealthConfig {

    /** How often every account's health is looked at again (silence, a rate limit's end, a token's expiry). */
    @WithDefault("30s")
    Duration scanEvery();

    /** Silent after this many times the account's usual gap without an event. */
    @WithDefault("10")
    int silenceFactor();

    /** ... and never before this long without one (a quiet night is not an outage). */
    @WithDefault("PT2H")
    Duration minSilence();

    /** The usual gap is never taken as shorter than this (a burst of comments says little about the normal pace). */
    @WithDefault("PT1M")
    Duration gapFloor();

    /** How many recent gaps the usual gap is the median of. */
    @WithDefault("25")
    int gapSamples();

    /** How many gaps must be known before silence is judged at all (a new account has no usual pace yet). */
    @WithDefault("5")
    int minGapSamples();

    /** Consecutive failed polls (YouTube, RSS, insights readings) before the account shows poll errors. */
    @WithDefault("3")
    int pollFailures();

    /** How long before a token's known expiry (setting tokenExpiresAt) the account shows it. */
    @WithDefault("P7D")
    Duration expiryWarning();
}
