package io.parley.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay moves committed events to Kafka. */
@ConfigMapping(prefix = "parley.outbox")
public interface OutboxSettings {

    /** The most events one relay pass sends. */
    @WithDefault("500")
    int batchSize();

    /**
     * How often the relay sweeps for events left behind (a crash between commit and send, a broker
     * outage). Events are normally sent right after their transaction commits, without waiting for it.
     */
    @WithDefault("1s")
    Duration sweepInterval();
}
