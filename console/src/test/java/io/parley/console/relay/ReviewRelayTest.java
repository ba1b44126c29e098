package io.parley.console.relay;

import com.sun.net.httpserver.HttpServer;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The external reviewer's way in: {@code /review/<token>} and {@code /api/v1/review/<token>/...} answer
 * without a session, relayed to calendar-service without any token, while every other page and API path
 * still sends a browser without a session to the sign-in and reaches no service.
 */
@QuarkusTest
@QuarkusTestResource(value = ReviewRelayTest.Calendar.class, restrictToAnnotatedClass = true)
class ReviewRelayTest {

    /** A recording calendar-service: 410 for the token "revoked", else it echoes what it got. */
    public static class Calendar implements QuarkusTestResourceLifecycleManager {
        static final List<String[]> RECEIVED = new CopyOnWriteArrayList<>();
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                RECEIVED.add(new String[] {exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                        String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")),
                        new String(body, StandardCharsets.UTF_8),
                        String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For"))});
                boolean revoked = exchange.getRequestURI().getPath().startsWith("/api/v1/review/revoked");
                byte[] answer = (revoked
                        ? "{\"status\":410,\"title\":\"Gone\",\"detail\":\"this review link was revoked\"}"
                        : "{\"story\":{\"title\":\"Zimowa kolekcja ❄\"}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        revoked ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(revoked ? 410 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            String here = "http://127.0.0.1:" + server.getAddress().getPort();
            Endpoints e = TestInfrastructure.endpoints();
            return Map.of("quarkus.oidc.auth-server-url", e.realmUrl(), "kafka.bootstrap.servers", e.kafka(),
                    "parley.console.services.calendar", here, "parley.console.services.inbox", here,
                    "parley.console.services.standards", here, "parley.console.services.ingest", here);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @TestHTTPResource("/")
    URL console;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void clear() {
        Calendar.RECEIVED.clear();
    }

    @Test
    void theReviewApiIsRelayedWithoutASessionAndWithoutAnyToken() throws Exception {
        HttpResponse<String> review = get("/api/v1/review/tok-123.abc_~");
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("Zimowa kolekcja ❄"), review.body());
        String[] received = Calendar.RECEIVED.get(0);
        assertEquals("GET", received[0]);
        assertEquals("/api/v1/review/tok-123.abc_~", received[1]);
        assertEquals("null", received[2], "no token goes to calendar-service for a reviewer");
        assertEquals("null", received[3], "no cookie either");
        assertEquals("127.0.0.1", received[5], "whose request it is, for calendar-service's per-address limit");

        HttpResponse<String> decision = http.send(HttpRequest.newBuilder(uri("/api/v1/review/tok-123/decisions"))
                .header("Content-Type", "application/json").header("X-Parley-Console", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"approve\",\"comment\":\"Świetnie 👍\"}",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, decision.statusCode(), decision.body());
        received = Calendar.RECEIVED.get(1);
        assertEquals("/api/v1/review/tok-123/decisions", received[1]);
        assertEquals("{\"decision\":\"approve\",\"comment\":\"Świetnie 👍\"}", received[4]);

        assertEquals(200, get("/api/v1/review/tok-123/media/m-1").statusCode());
        assertEquals("/api/v1/review/tok-123/media/m-1", Calendar.RECEIVED.get(2)[1]);
    }

    @Test
    void aCalendarFeedIsRelayedWithoutASessionOrToken_theFeedsListStillNeedsTheSignIn() throws Exception {
        String token = "q3Zr0c9yH1m2kPz8W4tV6uXo5nLb7aEd3fGh1jKl2sQ";
        HttpResponse<String> feed = get("/api/v1/brands/acme/calendar.ics?token=" + token);
        assertEquals(200, feed.statusCode(), feed.body());
        String[] received = Calendar.RECEIVED.get(0);
        assertEquals("/api/v1/brands/acme/calendar.ics?token=" + token, received[1]);
        assertEquals("null", received[2], "no token goes to calendar-service for a calendar app");
        assertEquals("null", received[3]);
        // A token that could add a parameter or change the path is not passed on as it is.
        get("/api/v1/brands/acme/calendar.ics?token=x%26brand%3Dglobex");
        assertEquals("/api/v1/brands/acme/calendar.ics?token=-", Calendar.RECEIVED.get(1)[1]);
        // Making, listing and revoking feeds is for signed-in people only.
        HttpResponse<String> list = get("/api/v1/brands/acme/calendar-feeds");
        assertTrue(list.statusCode() == 302 || list.statusCode() == 401 || list.statusCode() == 499,
                list.statusCode() + " " + list.body());
        assertEquals(2, Calendar.RECEIVED.size(), "the list reached no service without a session");
    }

    @Test
    void anExpiredOrRevokedLinkIsRelayedAs410AndACommandNeedsTheConsolesHeader() throws Exception {
        HttpResponse<String> gone = get("/api/v1/review/revoked");
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("revoked"), gone.body());

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/api/v1/review/tok/comments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "a cross-site form cannot comment as the reviewer");
        assertEquals(1, Calendar.RECEIVED.size(), "the forged command reached no service");
    }

    @Test
    void theReviewPageNeedsNoSignInButEverythingElseStillDoes() throws Exception {
        HttpResponse<String> page = get("/review/tok-123");
        // 200 with the built page, 503 when the webui was not built; never the sign-in
        assertTrue(page.statusCode() == 200 || page.statusCode() == 503, page.statusCode() + " " + page.body());
        assertFalse(page.headers().firstValue("Location").isPresent());

        for (String path : List.of("/api/v1/conversations", "/api/v1/brands/acme/stories", "/calendar",
                "/stories/s1", "/api/v1/review", "/api/v1/review/tok/../../v1/conversations",
                "/api/v1/review/tok/%2E%2E/%2E%2E/v1/conversations", "/api/v1/review/tok/other",
                "/review/tok/../../inbox")) {
            HttpResponse<String> r = get(path);
            assertNotEquals(200, r.statusCode(), path + " answered without a session: " + r.body());
        }
        assertEquals(302, get("/api/v1/brands/acme/stories").statusCode(), "to the sign-in");
        assertTrue(Calendar.RECEIVED.isEmpty(), "nothing reached a service: " + Calendar.RECEIVED.stream()
                .map(r -> r[1]).toList());
        assertNull(get("/api/v1/review/tok-1").headers().firstValue("Set-Cookie").orElse(null),
                "the review API starts no session");
    }

    @Test
    void aStaleSessionCookieIsASignInAgainNotAnError() throws Exception {
        // e.g. the console restarted: the session id in the browser's cookie is known no more
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(uri("/review/tok-123"))
                .header("Cookie", "q_session=" + "0".repeat(43)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, stale.statusCode(), "to the sign-in, not a 500: " + stale.body());
        assertTrue(stale.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session=")
                && c.toLowerCase().contains("max-age=0")), "the stale cookie is removed: " + stale.headers().map());
        assertTrue(Calendar.RECEIVED.isEmpty());
    }

    @Test
    void aStaleSessionCookieOnTheApiIsASignInAgainForTheWebConsole() throws Exception {
        // the web console's calls say they are scripts: 499, on which api.ts loads the page again (and signs in)
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(uri("/api/v1/conversations"))
                .header("Cookie", "q_session=" + "0".repeat(43)).header("X-Requested-With", "JavaScript").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(499, stale.statusCode(), stale.body());
        assertTrue(stale.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session=")
                && c.toLowerCase().contains("max-age=0")), "the stale cookie is removed: " + stale.headers().map());
        assertTrue(Calendar.RECEIVED.isEmpty(), "nothing reached a service");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String origin = console.toString().replaceAll("/$", "");
        return URI.create(origin + path);
    }
}
