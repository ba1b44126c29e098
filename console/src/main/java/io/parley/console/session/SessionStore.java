package io.parley.console.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in users' tokens by session id, in this process's memory: a restart signs everyone out, and
 * more than one replica needs sticky sessions (see docs/console.md). Expired entries are dropped as new
 * sessions come in, so the map never grows past the sessions of one session lifetime.
 */
@ApplicationScoped
public class SessionStore {

    private record Entry(AuthorizationCodeTokens tokens, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /** Stores the tokens under a new unguessable id (256 random bits) and returns the id. */
    public String put(AuthorizationCodeTokens tokens, Instant expiresAt) {
        sessions.values().removeIf(e -> e.expiresAt().isBefore(Instant.now()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(id, new Entry(tokens, expiresAt));
        return id;
    }

    public Optional<AuthorizationCodeTokens> get(String id, Instant now) {
        Entry entry = id == null ? null : sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expiresAt())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.tokens());
    }

    public void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public int size() {
        return sessions.size();
    }
}
