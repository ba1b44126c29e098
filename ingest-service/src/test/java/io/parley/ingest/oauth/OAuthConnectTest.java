package io.parley.ingest.oauth;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.ingest.outbound.FakePlatform.Answer;
import io.parley.ingest.outbound.FakePlatform.Received;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OAuth connect flow end to end against the fake platform's consent page, token endpoint and account read: X
 * (PKCE, client authentication by Basic) connects a live account whose stored token then carries its actions; a state
 * used twice, tampered with or brought back by another user is refused (problem+json 400); a token endpoint's error
 * ends on the console with connectError.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
class OAuthConnectTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String ADMIN = Tokens.bearer(Tokens.forUser("admin1"));
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    EntityManager em;

    @Test
    void anXAccountIsConnectedThroughTheConsentPageAndItsStoredTokenCarriesItsActions() throws Exception {
        String account = unique();
        String token = "x-user-token-" + UUID.randomUUID();
        Map<String, String> authorize = start("x");
        assertEquals("parley-x-client", authorize.get("client_id"));
        assertEquals("http://localhost:8080/api/v1/channels/oauth/x/callback", authorize.get("redirect_uri"));
        assertEquals("code", authorize.get("response_type"));
        assertEquals("S256", authorize.get("code_challenge_method"));
        assertTrue(authorize.get("scope").contains("offline.access"), authorize.get("scope"));
        String state = authorize.get("state");

        // The person consents on the network, which sends the browser back with a code.
        Map<String, String> back = consent("x", authorize, "x-code-" + account);
        assertEquals(state, back.get("state"));
        FakePlatform.script("/oauth/x/token", Answer.of(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,"
                + "\"access_token\":\"" + token + "\",\"scope\":\"tweet.read users.read offline.access\","
                + "\"refresh_token\":\"x-refresh-" + account + "\"}"));
        FakePlatform.script("/x/2/users/me", Answer.of(200, "{\"data\":{\"id\":\"" + account + "\",\"name\":\"Acme "
                + "Ζήτα\",\"username\":\"acme_" + account.substring(0, 5) + " ζ\"}}"));

        String location = callback("x", back.get("code"), back.get("state"), MANAGER).header("Location");
        assertTrue(location.contains("/channels?connected="), location);
        String id = location.substring(location.indexOf("connected=") + "connected=".length());

        Received exchange = FakePlatform.received("/oauth/x/token").stream()
                .filter(r -> r.body().contains("x-code-" + account)).findFirst().orElseThrow();
        Map<String, String> form = query(exchange.body());
        assertEquals("authorization_code", form.get("grant_type"));
        assertEquals("http://localhost:8080/api/v1/channels/oauth/x/callback", form.get("redirect_uri"));
        assertEquals(authorize.get("code_challenge"), OAuthStates.challenge(form.get("code_verifier")),
                "the verifier matches the challenge sent to the consent page");
        assertEquals("Basic " + Base64.getEncoder().encodeToString("parley-x-client:parley-x-client-secret"
                .getBytes(StandardCharsets.UTF_8)), exchange.header("Authorization"));
        assertEquals("Bearer " + token, FakePlatform.received("/x/2/users/me").get(
                FakePlatform.received("/x/2/users/me").size() - 1).header("Authorization"));

        try {
            String channel = given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .statusCode(200).body("platform", equalTo("x")).body("accountId", equalTo(account))
                    .body("brand", equalTo("acme")).body("mode", equalTo("live"))
                    .body("name", equalTo("acme_" + account.substring(0, 5) + " ζ"))
                    .body("secrets[0].name", equalTo("accessToken"))
                    .body("secrets[0].reference", equalTo("stored:x/" + account))
                    .body("secrets[0].available", equalTo(true))
                    .body("settings.tokenExpiresAt", startsWith(Instant.now().toString().substring(0, 4)))
                    .extract().asString();
            assertFalse(channel.contains(token), "no API returns the token");
            byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                    "SELECT access_token FROM channel_token WHERE platform = 'x' AND account_id = ?1")
                    .setParameter(1, account).getSingleResult());
            assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(token), "encrypted at rest");

            // The account acts with the token the flow obtained.
            String tweet = unique();
            FakePlatform.script("/x/2/tweets/" + tweet + "/hidden", Answer.of(200, "{\"data\":{\"hidden\":true}}"));
            try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
                UUID actionId = UUID.randomUUID();
                Instant now = Instant.now();
                TestEvents.send("c-" + actionId, Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now,
                        new OutboundActionRequested(actionId, OutboundAction.HIDE, Platform.X, account, tweet, null,
                                "agent1", "conversation/c/hide/h", null)));
                assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                        e -> e.data().actionId().equals(actionId) && e.data().outcome().isFinal(), WAIT).data()
                        .outcome());
            }
            assertEquals("Bearer " + token, FakePlatform.received("/x/2/tweets/" + tweet + "/hidden").get(0)
                    .header("Authorization"));

            // The same state again (a replayed callback) is refused, and nothing changes.
            callback("x", back.get("code"), state, MANAGER, 400).body("errors[0].field", equalTo("state"))
                    .body("errors[0].message", equalTo("state was used already"));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void aTamperedStateOrAnotherUsersIsRefused() {
        String state = start("x").get("state");
        String tampered = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
        callback("x", "code", tampered, MANAGER, 400).body("errors[0].field", equalTo("state"));
        String otherBrand = state.replaceFirst("\\.x\\.", ".tiktok.");
        callback("tiktok", "code", otherBrand, MANAGER, 400).body("errors[0].field", equalTo("state"));
        callback("x", "code", state, ADMIN, 400).body("errors[0].message", equalTo("state was issued to another user"));
        callback("x", "code", "not-a-state", MANAGER, 400).body("errors[0].field", equalTo("state"));
        callback("x", "code", null, MANAGER, 400).body("errors[0].field", equalTo("state"));
        assertEquals(0, FakePlatform.received("/oauth/x/token").stream().filter(r -> r.body().contains("code=code&"))
                .count(), "no code was exchanged on a refused state");
    }

    @Test
    void aTokenEndpointErrorEndsOnTheConsoleWithConnectError() {
        Map<String, String> authorize = start("tiktok");
        assertEquals("parley-tiktok-client", authorize.get("client_key"), "TikTok names its client client_key");
        assertTrue(!authorize.containsKey("code_challenge"));
        FakePlatform.script("/oauth/tiktok/token", Answer.of(400, "{\"error\":\"invalid_grant\","
                + "\"error_description\":\"Authorization code is expired.\",\"log_id\":\"2026120614000001\"}"));
        String location = callback("tiktok", "expired-code", authorize.get("state"), MANAGER).header("Location");
        assertTrue(location.endsWith("/channels?connectError=token_exchange_failed"), location);
        // The person declining on the network ends the same way, as access_denied.
        Map<String, String> again = start("tiktok");
        String declined = given().redirects().follow(false).header("Authorization", MANAGER)
                .queryParam("error", "access_denied").queryParam("state", again.get("state"))
                .get("/api/v1/channels/oauth/tiktok/callback").then().statusCode(303).extract().header("Location");
        assertTrue(declined.endsWith("/channels?connectError=access_denied"), declined);
    }

    @Test
    void startNeedsABrandOfTheCallerAndAKnownNetwork() {
        given().redirects().follow(false).header("Authorization", MANAGER).get("/api/v1/channels/oauth/x/start")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("brand"));
        given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/channels/oauth/x/start?brand=globex").then().statusCode(404);
        given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/channels/oauth/myspace/start?brand=acme").then().statusCode(404);
        given().redirects().follow(false).header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .get("/api/v1/channels/oauth/x/start?brand=acme").then().statusCode(403);
        // LinkedIn has no client configured here: the console is told so.
        String location = given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/channels/oauth/linkedin/start?brand=acme").then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.endsWith("/channels?connectError=not_configured"), location);
        given().header("Authorization", MANAGER).get("/api/v1/channels/requirements").then().statusCode(200)
                .body("x.oauth", equalTo(true)).body("linkedin.oauth", equalTo(false))
                .body("telegram.oauth", equalTo(false));
    }

    /** Starts a flow as manager1 and returns the consent page address's parameters (and its path as "@path"). */
    private static Map<String, String> start(String network) {
        String location = given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/channels/oauth/" + network + "/start?brand=acme").then().statusCode(303).extract()
                .header("Location");
        assertNotNull(location);
        URI uri = URI.create(location);
        assertTrue(uri.getPath().endsWith("/oauth/" + network + "/authorize"), location);
        Map<String, String> q = query(uri.getRawQuery());
        q.put("@url", location);
        return q;
    }

    /** The network's consent page, scripted to send the browser back to redirect_uri with a code. */
    private static Map<String, String> consent(String network, Map<String, String> authorize, String code)
            throws Exception {
        FakePlatform.script("/oauth/" + network + "/authorize", Answer.of(302, "").with("Location",
                authorize.get("redirect_uri") + "?code=" + code + "&state=" + authorize.get("state")));
        HttpResponse<String> page = BROWSER.send(HttpRequest.newBuilder(URI.create(authorize.get("@url"))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        Received asked = FakePlatform.received("/oauth/" + network + "/authorize").stream()
                .filter(r -> r.query().contains(authorize.get("code_challenge") == null ? "state="
                        : authorize.get("code_challenge"))).findFirst().orElseThrow();
        assertNotNull(asked);
        URI back = URI.create(page.headers().firstValue("Location").orElseThrow());
        assertEquals("/api/v1/channels/oauth/" + network + "/callback", back.getPath());
        return query(back.getRawQuery());
    }

    private static ExtractableResponse<io.restassured.response.Response> callback(String network, String code,
            String state, String user) {
        return given().redirects().follow(false).header("Authorization", user).queryParam("code", code)
                .queryParam("state", state).get("/api/v1/channels/oauth/" + network + "/callback").then()
                .statusCode(303).extract();
    }

    private static io.restassured.response.ValidatableResponse callback(String network, String code, String state,
            String user, int status) {
        var request = given().redirects().follow(false).header("Authorization", user).queryParam("code", code);
        if (state != null) {
            request.queryParam("state", state);
        }
        return request.get("/api/v1/channels/oauth/" + network + "/callback").then().statusCode(status)
                .contentType("application/problem+json");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_500_000_000_000_000_000L,
                1_600_000_000_000_000_000L));
    }

}
