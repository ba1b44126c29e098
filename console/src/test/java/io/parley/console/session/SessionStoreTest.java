package io.parley.console.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStoreTest {

    private final SessionStore store = new SessionStore();
    private final Instant now = Instant.now();

    @Test
    void aSessionIdGivesBackItsTokensUntilItExpires() {
        AuthorizationCodeTokens tokens = new AuthorizationCodeTokens("id-token", "access-token", "refresh-token");
        String id = store.put(tokens, now.plus(Duration.ofHours(1)));
        assertEquals("access-token", store.get(id, now).orElseThrow().getAccessToken());
        assertTrue(store.get(id, now.plus(Duration.ofHours(1))).isEmpty(), "expired");
        assertTrue(store.get(id, now).isEmpty(), "an expired session is gone for good");
    }

    @Test
    void idsAreRandomAndUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = store.put(new AuthorizationCodeTokens("eyJid", "eyJaccess", "eyJrefresh"),
                    now.plus(Duration.ofHours(1)));
            assertEquals(43, id.length(), "256 bits, base64url");
            assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size());
    }

    @Test
    void signingOutForgetsTheTokensAndUnknownIdsFindNothing() {
        String id = store.put(new AuthorizationCodeTokens("i", "a", "r"), now.plus(Duration.ofHours(1)));
        store.remove(id);
        assertTrue(store.get(id, now).isEmpty());
        assertTrue(store.get("made-up", now).isEmpty());
        assertTrue(store.get(null, now).isEmpty());
    }

    @Test
    void expiredSessionsAreDroppedWhenNewOnesArrive() {
        store.put(new AuthorizationCodeTokens("i", "a", "r"), Instant.now().minusSeconds(1));
        store.put(new AuthorizationCodeTokens("i", "a", "r"), Instant.now().plus(Duration.ofHours(1)));
        assertEquals(1, store.size());
    }
}
