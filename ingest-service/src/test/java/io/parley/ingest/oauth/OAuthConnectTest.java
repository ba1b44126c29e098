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
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
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
import static org.hamcrest.Matchers.containsString;
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
 * ends on the console with connectError. Facebook and Instagram end on the console's picker: the Pages (or Instagram
 * business accounts) Graph's /me/accounts lists for the user token, each picked one connected with its own token.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class OAuthConnectTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String ADMIN = Tokens.bearer(Tokens.forUser("admin1"));
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    EntityManager em;

    @Inject
    io.parley.ingest.health.ChannelHealth health;

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

            // Its two-hour token renews itself (offline.access): the health scan does not call it expiring.
            health.scan(Instant.now());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", equalTo("healthy"));

            // Removing the account removes its stored tokens.
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id).then().statusCode(204);
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM channel_token WHERE platform = 'x' AND account_id = ?1")
                    .setParameter(1, account).getSingleResult()).longValue()), "the removed account's token is gone");
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
        given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/brands/globex/channels/oauth/x/start").then().statusCode(404);
        given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/brands/acme/channels/oauth/myspace/start").then().statusCode(404);
        given().redirects().follow(false).header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .get("/api/v1/brands/acme/channels/oauth/x/start").then().statusCode(403);
        // LinkedIn has no client configured here: the console is told so.
        String location = given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/brands/acme/channels/oauth/linkedin/start").then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.endsWith("/channels?connectError=not_configured"), location);
        given().header("Authorization", MANAGER).get("/api/v1/channels/requirements").then().statusCode(200)
                .body("x.oauth", equalTo(true)).body("linkedin.oauth", equalTo(false))
                .body("telegram.oauth", equalTo(false));
    }

    @Inject
    ChannelTokens channelTokens;

    @Test
    void facebookLoginListsThePagesThePersonManagesAndEachPickedPageIsConnectedWithItsOwnToken() throws Exception {
        String pageA = unique();
        String pageB = unique();
        String pageC = unique();
        String userToken = "fb-user-token-" + UUID.randomUUID();
        String tokenA = "fb-page-token-A-" + UUID.randomUUID();
        String tokenB = "fb-page-token-B-" + UUID.randomUUID();
        FakePlatform.facebookLogin("fb-code-" + pageA, userToken,
                new FakePlatform.Page(pageA, "Acme Kawiarnia Łódź", tokenA, List.of("MODERATE", "CREATE_CONTENT",
                        "MANAGE"), null, null),
                new FakePlatform.Page(pageB, "Acme Ζήτα Ελλάδα", tokenB, List.of("MODERATE"), null, null));
        Map<String, String> authorize = start("facebook");
        assertEquals("parley-facebook-client", authorize.get("client_id"));
        assertTrue(authorize.get("scope").contains("pages_show_list"), authorize.get("scope"));
        Map<String, String> back = consent("facebook", authorize, "fb-code-" + pageA);
        String picking = pickingOf(callback("facebook", back.get("code"), back.get("state"), MANAGER)
                .header("Location"));
        Received exchange = FakePlatform.received("/oauth/facebook/token").stream()
                .filter(r -> r.body().contains("fb-code-" + pageA)).findFirst().orElseThrow();
        assertEquals("authorization_code", query(exchange.body()).get("grant_type"));
        String channelA = ChannelIdsForTest.facebook(pageA);
        try {
            // The picker: both pages, with their names and ids, none connected; no token in the answer.
            String listed = given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/" + picking)
                    .then().statusCode(200).body("network", equalTo("facebook")).body("brand", equalTo("acme"))
                    .body("accounts.size()", equalTo(2))
                    .body("accounts[0].accountId", equalTo(pageA))
                    .body("accounts[0].name", equalTo("Acme Kawiarnia Łódź"))
                    .body("accounts[0].tasks", equalTo(List.of("MODERATE", "CREATE_CONTENT", "MANAGE")))
                    .body("accounts[0].connected", equalTo(false))
                    .body("accounts[1].accountId", equalTo(pageB))
                    .body("accounts[1].name", equalTo("Acme Ζήτα Ελλάδα"))
                    .extract().asString();
            assertFalse(listed.contains(tokenA) || listed.contains(userToken), "no token in the picker");
            assertEquals("Bearer " + userToken, FakePlatform.received("/graph/v23.0/me/accounts").get(
                    FakePlatform.received("/graph/v23.0/me/accounts").size() - 1).header("Authorization"));
            // Only the person who started the flow may pick; an unknown page is refused naming the field.
            given().header("Authorization", ADMIN).get("/api/v1/channels/oauth/pickings/" + picking).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("picking"));
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + pageA + "\",\"999\"]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("accountIds[1]"));
            given().header("Authorization", MANAGER).contentType("application/json").body("{}")
                    .post("/api/v1/channels/oauth/pickings/" + picking).then().statusCode(400)
                    .body("errors[0].field", equalTo("accountIds"));
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + channelA).then().statusCode(404);

            // Pick page A: one live channel account with page A's own token, stored encrypted.
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + pageA + "\"]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking).then().statusCode(200)
                    .body("connected.size()", equalTo(1)).body("connected[0].accountId", equalTo(pageA))
                    .body("connected[0].channelId", equalTo(channelA)).body("connected[0].updated", equalTo(false));
            String channel = given().header("Authorization", MANAGER).get("/api/v1/channels/" + channelA).then()
                    .statusCode(200).body("platform", equalTo("facebook")).body("accountId", equalTo(pageA))
                    .body("brand", equalTo("acme")).body("mode", equalTo("live"))
                    .body("name", equalTo("Acme Kawiarnia Łódź"))
                    .body("secrets[0].reference", equalTo("stored:facebook/" + pageA))
                    .body("secrets[0].available", equalTo(true)).extract().asString();
            assertFalse(channel.contains(tokenA), "no API returns the token");
            assertEquals(tokenA, channelTokens.accessToken("facebook", pageA).orElseThrow(),
                    "the page's own token, not the user's");
            assertTrue(channelTokens.accessToken("facebook", pageB).isEmpty(), "page B was not picked");
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + ChannelIdsForTest.facebook(pageB))
                    .then().statusCode(404);
            // The picking is over: the user token is gone and the handle is refused.
            assertEquals(Boolean.TRUE, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT user_token IS NULL FROM oauth_picking WHERE id = CAST(?1 AS uuid)")
                    .setParameter(1, picking.substring(0, picking.indexOf('.'))).getSingleResult()));
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + pageB + "\"]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking).then().statusCode(400)
                    .body("errors[0].field", equalTo("picking"));

            // Connecting again: page A is marked connected, a page of another brand cannot be taken (409, nothing
            // connected), and picking page A again stores its new token (how a revoked page token is repaired).
            String tokenA2 = "fb-page-token-A2-" + UUID.randomUUID();
            given().header("Authorization", ADMIN).contentType("application/json")
                    .body(Map.of("brand", "globex", "platform", "facebook", "accountId", pageC, "name", "Globex"))
                    .post("/api/v1/channels").then().statusCode(201);
            FakePlatform.facebookLogin("fb-code2-" + pageA, userToken,
                    new FakePlatform.Page(pageA, "Acme Kawiarnia Łódź", tokenA2, List.of("MANAGE"), null, null),
                    new FakePlatform.Page(pageB, "Acme Ζήτα Ελλάδα", tokenB, List.of("MODERATE"), null, null),
                    new FakePlatform.Page(pageC, "Globex Page", "t-" + UUID.randomUUID(), List.of("MANAGE"), null,
                            null));
            String picking2 = pick("facebook", "fb-code2-" + pageA);
            given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/" + picking2).then()
                    .statusCode(200).body("accounts[0].connected", equalTo(true))
                    .body("accounts[0].channelId", equalTo(channelA)).body("accounts[1].connected", equalTo(false))
                    .body("accounts[2].otherBrand", equalTo(true)).body("accounts[2].connected", equalTo(false));
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + pageB + "\",\"" + pageC + "\"]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking2).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString(pageC));
            assertTrue(channelTokens.accessToken("facebook", pageB).isEmpty(), "nothing connected on a 409");
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + pageA + "\"]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking2).then().statusCode(200)
                    .body("connected[0].channelId", equalTo(channelA)).body("connected[0].updated", equalTo(true));
            assertEquals(tokenA2, channelTokens.accessToken("facebook", pageA).orElseThrow(), "the new page token");

            // Picking nothing connects nothing.
            FakePlatform.facebookLogin("fb-code3-" + pageA, userToken,
                    new FakePlatform.Page(pageB, "Acme Ζήτα Ελλάδα", tokenB, List.of("MODERATE"), null, null));
            String picking3 = pick("facebook", "fb-code3-" + pageA);
            given().header("Authorization", MANAGER).contentType("application/json").body("{\"accountIds\":[]}")
                    .post("/api/v1/channels/oauth/pickings/" + picking3).then().statusCode(200)
                    .body("connected.size()", equalTo(0));
            assertTrue(channelTokens.accessToken("facebook", pageB).isEmpty(), "nothing picked, nothing connected");
            given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/" + picking3).then()
                    .statusCode(400).body("errors[0].field", equalTo("picking"));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + channelA);
            given().header("Authorization", ADMIN).delete("/api/v1/channels/" + ChannelIdsForTest.facebook(pageC));
        }
    }

    @Test
    void instagramListsTheBusinessAccountsLinkedToThePagesAndATamperedOrExpiredPickingIsRefused() throws Exception {
        String page = unique();
        String ig = unique();
        String userToken = "ig-user-token-" + UUID.randomUUID();
        String pageToken = "ig-page-token-" + UUID.randomUUID();
        FakePlatform.facebookLogin("ig-code-" + ig, userToken,
                new FakePlatform.Page(unique(), "A page without Instagram", "t-" + UUID.randomUUID(),
                        List.of("MODERATE"), null, null),
                new FakePlatform.Page(page, "Acme Кофе", pageToken, List.of("MANAGE"), ig, "acme_кофе"));
        Map<String, String> authorize = start("instagram");
        Map<String, String> back = consent("instagram", authorize, "ig-code-" + ig);
        String picking = pickingOf(callback("instagram", back.get("code"), back.get("state"), MANAGER)
                .header("Location"));
        String tampered = picking.substring(0, picking.length() - 2) + (picking.endsWith("AA") ? "BB" : "AA");
        given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/" + tampered).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("picking"));
        given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/not-a-picking").then()
                .statusCode(400).body("errors[0].field", equalTo("picking"));
        given().header("Authorization", MANAGER).get("/api/v1/channels/oauth/pickings/" + picking).then()
                .statusCode(200).body("network", equalTo("instagram")).body("accounts.size()", equalTo(1))
                .body("accounts[0].accountId", equalTo(ig)).body("accounts[0].name", equalTo("acme_кофе"))
                .body("accounts[0].pageId", equalTo(page)).body("accounts[0].pageName", equalTo("Acme Кофе"));
        String channelId = ChannelIdsForTest.instagram(ig);
        try {
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body("{\"accountIds\":[\"" + ig + "\"]}").post("/api/v1/channels/oauth/pickings/" + picking)
                    .then().statusCode(200).body("connected[0].channelId", equalTo(channelId));
            assertEquals(pageToken, channelTokens.accessToken("instagram", ig).orElseThrow());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + channelId).then().statusCode(200)
                    .body("platform", equalTo("instagram")).body("name", equalTo("acme_кофе"))
                    .body("mode", equalTo("live"));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + channelId);
        }

        // A picking left too long is refused, and its token is wiped by the sweep.
        FakePlatform.facebookLogin("ig-code2-" + ig, userToken,
                new FakePlatform.Page(page, "Acme Кофе", pageToken, List.of("MANAGE"), ig, "acme_кофе"));
        Map<String, String> again = start("instagram");
        Map<String, String> back2 = consent("instagram", again, "ig-code2-" + ig);
        String late = pickingOf(callback("instagram", back2.get("code"), back2.get("state"), MANAGER)
                .header("Location"));
        String lateId = late.substring(0, late.indexOf('.'));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE oauth_picking SET expires_at = "
                + "now() - interval '1 minute' WHERE id = CAST(?1 AS uuid)").setParameter(1, lateId).executeUpdate());
        given().header("Authorization", MANAGER).contentType("application/json")
                .body("{\"accountIds\":[\"" + ig + "\"]}").post("/api/v1/channels/oauth/pickings/" + late)
                .then().statusCode(400).body("errors[0].field", equalTo("picking"))
                .body("errors[0].message", equalTo("picking expired; connect again"));
        given().header("Authorization", MANAGER).get("/api/v1/channels/" + channelId).then().statusCode(404);
    }

    /** A Facebook Login flow as manager1 up to the picker: the picking handle. */
    private static String pick(String network, String code) throws Exception {
        Map<String, String> authorize = start(network);
        Map<String, String> back = consent(network, authorize, code);
        return pickingOf(callback(network, back.get("code"), back.get("state"), MANAGER).header("Location"));
    }

    /** The picking handle from the callback's redirect to the console's picker. */
    private static String pickingOf(String location) {
        assertTrue(location.contains("/channels?picking="), location);
        return URLDecoder.decode(location.substring(location.indexOf("picking=") + "picking=".length()),
                StandardCharsets.UTF_8);
    }

    /** The channel account ids the service derives (ChannelIds), as the API shows them. */
    private static final class ChannelIdsForTest {
        static String facebook(String account) {
            return io.parley.ingest.channels.ChannelIds.of(Platform.FACEBOOK, account).toString();
        }

        static String instagram(String account) {
            return io.parley.ingest.channels.ChannelIds.of(Platform.INSTAGRAM, account).toString();
        }
    }

    /** Starts a flow as manager1 and returns the consent page address's parameters (and its path as "@path"). */
    private static Map<String, String> start(String network) {
        String location = given().redirects().follow(false).header("Authorization", MANAGER)
                .get("/api/v1/brands/acme/channels/oauth/" + network + "/start").then().statusCode(303).extract()
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
