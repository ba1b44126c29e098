package io.parley.console.relay;

import io.parley.console.ConsoleTestResources;
import io.parley.console.ConsoleTestResources.Received;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The external reviewer's way in: {@code /review/<token>} and {@code /api/v1/review/<token>/...} answer
 * without a session, relayed to calendar-service without any token, while every other page and API path
 * still sends a browser without a session to the sign-in and reaches no service. calendar-service is the module's
 * recorder ({@link ConsoleTestResources}), scripted to answer a review link as calendar-service does: 410 for the token
 * "revoked", else the story.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class ReviewRelayTest {

    @TestHTTPResource("/")
    URL console;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void calendarAnswersReviewLinks() {
        ConsoleTestResources.RECEIVED.clear();
        ConsoleTestResources.answer("/api/v1/review/", 200, "application/json",
                "{\"story\":{\"title\":\"Zimowa kolekcja ❄\"}}");
        ConsoleTestResources.answer("/api/v1/review/revoked", 410, "application/problem+json",
                "{\"status\":410,\"title\":\"Gone\",\"detail\":\"this review link was revoked\"}");
    }

    @AfterEach
    void calendarEchoesAgain() {
        ConsoleTestResources.ANSWERS.clear();
    }

    @Test
    void theReviewApiIsRelayedWithoutASessionAndWithoutAnyToken() throws Exception {
        HttpResponse<String> review = get("/api/v1/review/tok-123.abc_~");
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("Zimowa kolekcja ❄"), review.body());
        Received received = ConsoleTestResources.RECEIVED.get(0);
        assertEquals("GET", received.method());
        assertEquals("/api/v1/review/tok-123.abc_~", received.path());
        assertNull(received.header("Authorization"), "no token goes to calendar-service for a reviewer");
        assertNull(received.header("Cookie"), "no cookie either");
        assertEquals("127.0.0.1", received.header("X-Forwarded-For"),
                "whose request it is, for calendar-service's per-address limit");

        HttpResponse<String> decision = http.send(HttpRequest.newBuilder(uri("/api/v1/review/tok-123/decisions"))
                .header("Content-Type", "application/json").header("X-Parley-Console", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"approve\",\"comment\":\"Świetnie 👍\"}",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, decision.statusCode(), decision.body());
        received = ConsoleTestResources.RECEIVED.get(1);
        assertEquals("/api/v1/review/tok-123/decisions", received.path());
        assertEquals("{\"decision\":\"approve\",\"comment\":\"Świetnie 👍\"}", received.body());

        assertEquals(200, get("/api/v1/review/tok-123/media/m-1").statusCode());
        assertEquals("/api/v1/review/tok-123/media/m-1", ConsoleTestResources.RECEIVED.get(2).path());
    }

    @Test
    void aCalendarFeedIsRelayedWithoutASessionOrToken_theFeedsListStillNeedsTheSignIn() throws Exception {
        String token = "q3Zr0c9yH1m2kPz8W4tV6uXo5nLb7aEd3fGh1jKl2sQ";
        HttpResponse<String> feed = get("/api/v1/brands/acme/calendar.ics?token=" + token);
        assertEquals(200, feed.statusCode(), feed.body());
        Received received = ConsoleTestResources.RECEIVED.get(0);
        assertEquals("/api/v1/brands/acme/calendar.ics?token=" + token, received.path());
        assertNull(received.header("Authorization"), "no token goes to calendar-service for a calendar app");
        assertNull(received.header("Cookie"));
        // A token that could add a parameter or change the path is not passed on as it is.
        get("/api/v1/brands/acme/calendar.ics?token=x%26brand%3Dglobex");
        assertEquals("/api/v1/brands/acme/calendar.ics?token=-", ConsoleTestResources.RECEIVED.get(1).path());
        // Making, listing and revoking feeds is for signed-in people only.
        HttpResponse<String> list = get("/api/v1/brands/acme/calendar-feeds");
        assertTrue(list.statusCode() == 302 || list.statusCode() == 401 || list.statusCode() == 499,
                list.statusCode() + " " + list.body());
        assertEquals(2, ConsoleTestResources.RECEIVED.size(), "the list reached no service without a session");
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
        assertEquals(1, ConsoleTestResources.RECEIVED.size(), "the forged command reached no service");
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
        assertTrue(ConsoleTestResources.RECEIVED.isEmpty(), "nothing reached a service: " + ConsoleTestResources.RECEIVED.stream()
                .map(Received::path).toList());
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
        assertTrue(ConsoleTestResources.RECEIVED.isEmpty());
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
        assertTrue(ConsoleTestResources.RECEIVED.isEmpty(), "nothing reached a service");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String origin = console.toString().replaceAll("/$", "");
        return URI.create(origin + path);
    }
}
