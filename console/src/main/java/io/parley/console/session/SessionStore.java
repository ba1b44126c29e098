package io.parley.console.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed-in users' tokens by session id, in the console's database ({@code console_session}), so that every
 * replica of the console reads the sessions any of them made, and a restart signs nobody out. The browser holds
 * the id (256 random bits); the table holds only the id's SHA-256 and the tokens encrypted with the configured key
 * ({@link SessionCipher}). Blocking JDBC: {@link ServerSideTokens} calls it off the event loop.
 */
@Startup // a key that is not 32 bytes of base64 stops the start, not the first sign-in
@ApplicationScoped
public class SessionStore {

    /** What is encrypted: the tokens quarkus-oidc hands over and asks back for. */
    record StoredTokens(String idToken, String accessToken, String refreshToken, Long accessTokenExpiresIn,
            String accessTokenScope) {

        static StoredTokens of(AuthorizationCodeTokens t) {
            return new StoredTokens(t.getIdToken(), t.getAccessToken(), t.getRefreshToken(),
                    t.getAccessTokenExpiresIn(), t.getAccessTokenScope());
        }

        AuthorizationCodeTokens tokens() {
            return new AuthorizationCodeTokens(idToken, accessToken, refreshToken, accessTokenExpiresIn,
                    accessTokenScope);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecureRandom random = new SecureRandom();
    private final DataSource database;
    private final SessionCipher cipher;

    @Inject
    public SessionStore(DataSource database, SessionConfig config) {
        this.database = database;
        this.cipher = new SessionCipher(config.encryptionKey());
    }

    /** Stores the tokens under a new unguessable id (256 random bits) and returns the id. */
    public String put(AuthorizationCodeTokens tokens, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byte[] key = hash(id);
        byte[] sealed;
        try {
            sealed = cipher.seal(JSON.writeValueAsBytes(StoredTokens.of(tokens)), key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the tokens cannot be written as JSON", e);
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO console_session (id_hash, tokens, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setBytes(1, key);
            s.setBytes(2, sealed);
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(expiresAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the session cannot be stored: " + e.getMessage(), e);
        }
        return id;
    }

    /**
     * The tokens of a session that has not expired; empty for an unknown, expired or unreadable one (written under
     * another key, or altered): its user signs in again.
     */
    public Optional<AuthorizationCodeTokens> get(String id, Instant now) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        byte[] key = hash(id);
        byte[] sealed;
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT tokens FROM console_session WHERE id_hash = ? AND expires_at > ?")) {
            s.setBytes(1, key);
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                sealed = rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the session cannot be read: " + e.getMessage(), e);
        }
        return cipher.open(sealed, key).map(SessionStore::read);
    }

    public void remove(String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM console_session WHERE id_hash = ?")) {
            s.setBytes(1, hash(id));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the session cannot be removed: " + e.getMessage(), e);
        }
    }

    /** Deletes every session expired at {@code now}; returns how many. */
    public int removeExpired(Instant now) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM console_session WHERE expires_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("expired sessions cannot be removed: " + e.getMessage(), e);
        }
    }

    private static AuthorizationCodeTokens read(byte[] plain) {
        try {
            return JSON.readValue(plain, StoredTokens.class).tokens();
        } catch (IOException e) {
            throw new IllegalStateException("a session's tokens are not the JSON this console writes", e);
        }
    }

    /** The row's key: the SHA-256 of the session id, so the table never holds a usable cookie value. */
    static byte[] hash(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
