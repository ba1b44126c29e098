package io.parley.console;

import io.parley.testsupport.console.ConsoleBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.ConsoleClientRegistration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signs in as a browser would, step by step with plain HTTP: the console sends us to Keycloak's login
 * page with a PKCE challenge, we post the login form there, Keycloak sends us back with a code, the
 * console exchanges it and sets a session cookie. Then the relay: the user's token goes to the
 * service, never to us.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class SignInAndRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL console;

    private ConsoleBrowser browser;

    @BeforeEach
    void allowThisConsoleAtKeycloak() throws IOException {
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin());
        browser = new ConsoleBrowser(origin());
        ConsoleTestResources.RECEIVED.clear();
    }

    @Test
    void aUserSignsInOnKeycloaksPageWithPkceAndTheBrowserGetsOnlyASessionId() throws Exception {
        HttpResponse<String> first = get(origin() + "/bff/me");
        assertEquals(302, first.statusCode());
        URI login = URI.create(first.headers().firstValue("Location").orElseThrow());
        Map<String, String> params = query(login);
        assertTrue(login.toString().startsWith(TestInfrastructure.endpoints().realmUrl()
                + "/protocol/openid-connect/auth"), login.toString());
        assertEquals("parley-console", params.get("client_id"));
        assertEquals("code", params.get("response_type"));
        assertEquals("S256", params.get("code_challenge_method"));
        assertNotNull(params.get("code_challenge"));

        signIn(login, "agent1", "agent1");

        HttpResponse<String> me = get(origin() + "/bff/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonNode user = JSON.readTree(me.body());
        assertEquals("agent1", user.path("userName").asText());
        assertEquals("[\"agent\"]", user.path("roles").toString());
        assertEquals("[\"acme\"]", user.path("brands").toString());
        Map<String, String> consoleCookies = browser.cookies(URI.create(origin()));
        assertTrue(consoleCookies.containsKey("q_session"), "no session cookie: " + consoleCookies.keySet());
        consoleCookies.forEach((name, value) -> {
            assertFalse(value.contains("eyJ"), name + " holds a token");
            assertTrue(value.length() < 200, name + " is " + value.length() + " characters: more than a session id");
        });
        assertFalse(me.body().contains("eyJ"), "/bff/me shows a token");
    }

    @Test
    void theRelayPassesTheUsersTokenAndWhatTheServiceNeedsAndNothingElse() throws Exception {
        signIn(URI.create(get(origin() + "/bff/me").headers().firstValue("Location").orElseThrow()), "agent1",
                "agent1");
        String reply = "{\"text\":\"Dziękujemy ❤ Спасибо Ευχαριστούμε\"}";

        HttpResponse<String> withoutHeader = send(HttpRequest.newBuilder(URI.create(origin()
                + "/api/v1/conversations/c1/replies")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(reply, StandardCharsets.UTF_8)));
        assertEquals(403, withoutHeader.statusCode(), "a command without X-Parley-Console");
        assertTrue(withoutHeader.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(ConsoleTestResources.RECEIVED.isEmpty(), "nothing may reach the service");

        HttpResponse<String> relayed = send(HttpRequest.newBuilder(URI.create(origin()
                        + "/api/v1/conversations/c1/replies?x=%C3%B3"))
                .header("Content-Type", "application/json").header("X-Parley-Console", "1")
                .header("Idempotency-Key", "key-1")
                .POST(HttpRequest.BodyPublishers.ofString(reply, StandardCharsets.UTF_8)));
        assertEquals(201, relayed.statusCode(), relayed.body());
        assertEquals("/api/v1/conversations/c1/replies/r1", relayed.headers().firstValue("Location").orElseThrow());
        assertEquals("\"7\"", relayed.headers().firstValue("ETag").orElseThrow());
        assertTrue(relayed.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("service-cookie")));
        assertEquals(reply, relayed.body());

        ConsoleTestResources.Received received = ConsoleTestResources.RECEIVED.get(0);
        assertEquals("POST", received.method());
        assertEquals("/api/v1/conversations/c1/replies?x=%C3%B3", received.path());
        assertEquals(reply, received.body());
        assertEquals("key-1", header(received, "Idempotency-Key"));
        assertNull(header(received, "Cookie"), "the session cookie stays with the console");
        String bearer = header(received, "Authorization");
        assertTrue(bearer.startsWith("Bearer eyJ"), bearer);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(bearer.substring(7).split("\\.")[1]));
        assertEquals("agent1", claims.path("preferred_username").asText());
        assertEquals("parley-console", claims.path("azp").asText());
    }

    @Test
    void unknownPathsAndUnreachableServicesAreProblems() throws Exception {
        signIn(URI.create(get(origin() + "/bff/me").headers().firstValue("Location").orElseThrow()), "manager1",
                "manager1");
        HttpResponse<String> unknown = get(origin() + "/api/v1/webhooks/meta");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no Parley service answers /api/v1/webhooks/meta"), unknown.body());
        HttpResponse<String> down = get(origin() + "/api/v1/brands/acme/response-targets");
        assertEquals(503, down.statusCode());
        assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private void signIn(URI login, String user, String password) throws Exception {
        browser.signIn(login, user, password);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.get(url);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request);
    }

    private String origin() {
        return "http://localhost:" + console.getPort();
    }

    private static String header(ConsoleTestResources.Received r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

}
