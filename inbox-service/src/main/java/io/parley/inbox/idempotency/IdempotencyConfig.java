package io.parley.inbox.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The Idempotency-Key's settings ({@link Idempotency}). */
@ConfigMapping(prefix = "parley.inbox.idempotency")
public interface IdempotencyConfig {

    /** How long the first answer to a request with a key is replayed to retries; a key older than this is free again. */
    @WithDefault("PT24H")
    Duration keep();
}
