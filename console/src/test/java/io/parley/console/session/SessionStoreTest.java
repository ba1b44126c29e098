package io.parley.console.session;

import io.parley.console.ConsoleTestResources;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sessions in the console's real database, as two replicas would use them. */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class SessionStoreTest {

    @Inject
    SessionStore store;

    @Inject
    DataSource database;

    @Inject
    SessionConfig config;

    private final Instant now = Instant.now();

    @Test
    void aSessionMadeByOneReplicaIsReadByAnotherUntilItExpires() {
        AuthorizationCodeTokens tokens = new AuthorizationCodeTokens("id-token", "access-token", "refresh-token",
                300L, "openid profile");
        String id = store.put(tokens, now, now.plus(Duration.ofHours(1)));
        SessionStore otherReplica = new SessionStore(database, config);
        AuthorizationCodeTokens read = otherReplica.get(id, now).orElseThrow();
        assertEquals("id-token", read.getIdToken());
        assertEquals("access-token", read.getAccessToken());
        assertEquals("refresh-token", read.getRefreshToken());
        assertEquals(300L, read.getAccessTokenExpiresIn());
        assertEquals("openid profile", read.getAccessTokenScope());
        assertTrue(otherReplica.get(id, now.plus(Duration.ofHours(1))).isEmpty(), "expired");
    }

    @Test
    void theTableHoldsNeitherTheCookieValueNorATokenInClear() throws Exception {
        String id = store.put(new AuthorizationCodeTokens("eyJid.x.y", "eyJaccess.x.y", "eyJrefresh.x.y"), now,
                now.plus(Duration.ofHours(1)));
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id_hash, tokens FROM console_session")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String hash = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
                String sealed = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(hash.contains(id) || sealed.contains(id), "the session id is stored");
                assertFalse(sealed.contains("eyJ") || sealed.contains("refresh"), "a token is stored in clear");
            }
            assertTrue(rows > 0);
        }
    }

    @Test
    void idsAreRandomAndUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = store.put(new AuthorizationCodeTokens("eyJid", "eyJaccess", "eyJrefresh"), now,
                    now.plus(Duration.ofHours(1)));
            assertEquals(43, id.length(), "256 bits, base64url");
            assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
            ids.add(id);
        }
        assertEquals(200, ids.size());
    }

    @Test
    void signingOutForgetsTheTokensAndUnknownIdsFindNothing() {
        String id = store.put(new AuthorizationCodeTokens("i", "a", "r"), now, now.plus(Duration.ofHours(1)));
        store.remove(id);
        assertTrue(store.get(id, now).isEmpty());
        assertTrue(store.get("made-up", now).isEmpty());
        assertTrue(store.get(null, now).isEmpty());
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() throws Exception {
        String expired = store.put(new AuthorizationCodeTokens("i", "a", "r"), now.minusSeconds(7200),
                now.minusSeconds(1));
        String live = store.put(new AuthorizationCodeTokens("i", "a", "r"), now, now.plus(Duration.ofHours(1)));
        assertTrue(store.removeExpired(now) >= 1);
        assertEquals(0, rowsOf(expired));
        assertEquals(1, rowsOf(live));
        assertTrue(store.get(live, now).isPresent());
    }

    private int rowsOf(String id) throws Exception {
        try (Connection c = database.getConnection(); var s = c.prepareStatement(
                "SELECT count(*) FROM console_session WHERE id_hash = ?")) {
            s.setBytes(1, SessionStore.hash(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
