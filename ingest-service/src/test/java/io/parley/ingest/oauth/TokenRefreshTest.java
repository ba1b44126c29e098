package io.parley.ingest.oauth;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.ingest.channels.ChannelService;
import io.parley.ingest.health.ChannelSignal;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.ingest.outbound.FakePlatform.Received;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token refresh against the fake platform's token endpoints, which serve the refresh grant as X and TikTok document it
 * (rotating refresh tokens; a refused one answered with the network's error), on real PostgreSQL and Kafka: a token
 * about to expire is refreshed, stored encrypted, and the channel's expiry moves on; a refused refresh token turns the
 * account's health to token_revoked (ChannelHealthChanged); a 401 is refreshed once before the token is declared
 * revoked.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class TokenRefreshTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    TokenRefresh refresh;
    @Inject
    ChannelTokens tokens;
    @Inject
    ChannelService channels;
    @Inject
    jakarta.enterprise.event.Event<ChannelSignal> signals;

    private String connected(String platform, String account, String access, String refreshToken, Instant expiresAt,
            boolean enabled) {
        return QuarkusTransaction.requiringNew().call(() -> {
            tokens.store(platform, account, "acme", access, refreshToken, expiresAt, "scope", "manager1");
            return channels.connect(new ChannelService.Draft("acme", platform, account, platform + " " + account,
                    "live", enabled, Map.of("tokenExpiresAt", expiresAt.toString()),
                    Map.of("accessToken", ChannelTokens.reference(platform, account))), "manager1").id.toString();
        });
    }

    private static List<Received> refreshesOf(String network, String refreshToken) {
        return FakePlatform.received("/oauth/" + network + "/token").stream()
                .filter(r -> refreshToken.equals(form(r.body()).get("refresh_token"))).toList();
    }

    @Test
    void anXTokenAboutToExpireIsRefreshedAndTheRotatedRefreshTokenIsKept() {
        String account = unique();
        Instant soon = Instant.now().plus(Duration.ofMinutes(5));
        String id = connected("x", account, "x-old-access-" + account, "x-refresh-" + account, soon, true);
        FakePlatform.refreshable("x", "x-refresh-" + account, account);
        try {
            refresh.refreshDue(Instant.now());
            Received grant = refreshesOf("x", "x-refresh-" + account).get(0);
            Map<String, String> form = form(grant.body());
            assertEquals("refresh_token", form.get("grant_type"));
            assertEquals("parley-x-client", form.get("client_id"));
            assertEquals("Basic " + Base64.getEncoder().encodeToString("parley-x-client:parley-x-client-secret"
                    .getBytes(StandardCharsets.UTF_8)), grant.header("Authorization"));
            String access = tokens.accessToken("x", account).orElseThrow();
            assertTrue(access.startsWith("x-refreshed-access-"), access);
            String expires = given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .statusCode(200).extract().path("settings.tokenExpiresAt");
            assertTrue(Instant.parse(expires).isAfter(Instant.now().plus(Duration.ofMinutes(100))), expires);

            // Not due any more: the next round leaves it alone.
            int before = FakePlatform.received("/oauth/x/token").size();
            refresh.refreshDue(Instant.now());
            assertEquals(before, FakePlatform.received("/oauth/x/token").size());

            // The rotated refresh token was kept (the one sent first no longer works at X): refreshing again works.
            assertEquals(TokenRefresh.Outcome.REFRESHED, refresh.refresh("x", account, Instant.MAX));
            String again = tokens.accessToken("x", account).orElseThrow();
            assertNotEquals(access, again);
            assertEquals(1, refreshesOf("x", "x-refresh-" + account).size(), "the first refresh token is used once");
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void aRefusedRefreshTokenTurnsTheAccountToTokenRevokedAndIsNotTriedAgain() {
        String account = unique();
        String id = connected("tiktok", account, "tt-access-" + account, "tt-revoked-" + account,
                Instant.now().plus(Duration.ofMinutes(3)), false);
        try (EventTail events = EventTail.open(Topics.CHANNELS)) {
            refresh.refreshDue(Instant.now());
            Map<String, String> form = form(refreshesOf("tiktok", "tt-revoked-" + account).get(0).body());
            assertEquals("refresh_token", form.get("grant_type"));
            assertEquals("parley-tiktok-client", form.get("client_key"));
            assertEquals("parley-tiktok-client-secret", form.get("client_secret"));
            Event<ChannelHealthChanged> revoked = events.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id), WAIT);
            assertEquals("token_revoked", revoked.data().state());
            assertEquals("reconnect", revoked.data().whatToDo());
            assertTrue(revoked.data().reason().contains("refresh token was refused"), revoked.data().reason());
            assertTrue(revoked.data().reason().contains("invalid_grant"), revoked.data().reason());
            assertTrue(!revoked.data().reason().contains("tt-revoked-"), "never the credential");
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", equalTo("token_revoked"))
                    .body("health.reason", containsString("connect the account again"));
            assertEquals("tt-access-" + account, tokens.accessToken("tiktok", account).orElseThrow(),
                    "nothing replaced");

            refresh.refreshDue(Instant.now());
            assertEquals(1, refreshesOf("tiktok", "tt-revoked-" + account).size(), "a refused token is not retried");
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void aTokenTheNetworkRefusesIsRefreshedOnceBeforeItIsDeclaredRevoked() {
        String account = unique();
        String id = connected("x", account, "x-old-access-" + account, "x-refresh-" + account,
                Instant.now().plus(Duration.ofHours(2)), true);
        FakePlatform.refreshable("x", "x-refresh-" + account, account);
        try {
            signals.fire(ChannelSignal.of(Platform.X, account, ChannelSignal.Kind.TOKEN_REFUSED,
                    "X answered 401 Unauthorized"));
            assertEquals(1, refreshesOf("x", "x-refresh-" + account).size());
            assertTrue(tokens.accessToken("x", account).orElseThrow().startsWith("x-refreshed-access-"));
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", org.hamcrest.Matchers.not(equalTo("token_revoked")));

            // Refused again and the refresh token no longer works: now it is revoked.
            QuarkusTransaction.requiringNew().run(() -> tokens.store("x", account, "acme", "x-bad-" + account,
                    "x-gone-" + account, Instant.now().plus(Duration.ofHours(2)), "scope", "manager1"));
            signals.fire(ChannelSignal.of(Platform.X, account, ChannelSignal.Kind.TOKEN_REFUSED,
                    "X answered 401 Unauthorized"));
            assertEquals(1, refreshesOf("x", "x-gone-" + account).size());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", equalTo("token_revoked"));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L))
                + UUID.randomUUID().toString().substring(0, 4).replaceAll("[^0-9]", "7");
    }
}
