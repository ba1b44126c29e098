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

    /**
     * The AES-256 key the sessions' tokens are encrypted with in the database: base64 of 32 bytes, the same for
     * every replica. A session written under another key cannot be read: its user signs in again.
     */
    String encryptionKey();

    /** How often expired sessions are deleted (by whichever replica: deleting twice changes nothing). */
    @WithDefault("10m")
    Duration cleanupEvery();
}
