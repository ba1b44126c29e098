package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.testsupport.console.ConsoleBrowser;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's live inbox in the packaged stack (the services' real events, with their CloudEvents headers,
 * read by the packaged console): agent1's open inbox stream hears of a comment that arrived by signed
 * webhook, agent2 of globex does not, and the console is still UP afterwards. (In the packaged console the
 * stream once died on the first event with a ClassCastException and liveness went DOWN; the console's own
 * tests had published events without those headers.)
 */
@ExtendWith(RunningStack.class)
class LiveInboxStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Conversations already looked up that none of this test's comments opened. */
    private final java.util.Set<String> others = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void aSignedCommentReachesTheOpenInboxStreamOfItsBrandAndTheConsoleStaysUp() throws Exception {
        String console = RunningStack.consoleUrl().orElseThrow(() -> new AssertionError(
                "the console did not start: build the console module first (mvn -pl console package)"));
        List<String> acme = listen(new ConsoleBrowser(console).signIn("agent1", "agent1"), console);
        List<String> globex = listen(new ConsoleBrowser(console).signIn("agent2", "agent2"), console);

        // The console reads from the latest offset once Kafka has given it the topic's partitions: comments
        // keep arriving until agent1's page has heard of one of them.
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> texts = new CopyOnWriteArrayList<>();
        String agent = Tokens.forUser("agent1");
        JsonNode heard = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            String text = "Na żywo ✨ " + run + " " + texts.size();
            texts.add(text);
            deliver(run + "-live-" + texts.size(), text);
            return ours(acme, texts, agent);
        }, Optional::isPresent).orElseThrow();

        assertEquals("opened", heard.path("kind").asText(), heard.toString());
        assertEquals("acme", heard.path("brand").asText());
        assertEquals("facebook", heard.path("platform").asText());
        assertFalse(heard.path("at").asText().isEmpty(), heard.toString());
        // Another brand's user hears nothing of acme's conversations.
        assertTrue(globex.stream().noneMatch(d -> d.contains("\"brand\":\"acme\"")), "globex heard acme: " + globex);

        // The stream is still alive: a later comment is heard too.
        int before = acme.size();
        String later = "Jeszcze jedno ✨ " + run;
        texts.add(later);
        deliver(run + "-later", later);
        await().atMost(Duration.ofSeconds(60)).until(() -> acme.size() > before);

        String health = RunningStack.health().get("console");
        assertTrue(health.startsWith("200 ") && health.contains("\"UP\""), "console /q/health: " + health);
        HttpResponse<String> live = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(console + "/q/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), "console liveness: " + live.body());
    }

    /** Opens the inbox stream as this signed-in browser; its {@code data:} payloads collect in the list. */
    private static List<String> listen(ConsoleBrowser browser, String console) throws Exception {
        HttpResponse<InputStream> stream = browser.stream(HttpRequest.newBuilder(URI.create(console
                + "/bff/inbox/stream")).header("Accept", "text/event-stream").GET());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> data = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                lines.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim())
                        .filter(d -> !d.contains("\"heartbeat\"")).forEach(data::add);
            } catch (Exception ignored) {
                // the stream closed with the test
            }
        }, "sse-" + console);
        reader.setDaemon(true);
        reader.start();
        return data;
    }

    /** The first signal about a conversation that one of this test's comments opened. */
    private Optional<JsonNode> ours(List<String> data, List<String> texts, String agent) throws Exception {
        for (String d : data) {
            JsonNode signal = JSON.readTree(d);
            String id = signal.path("conversationId").asText();
            if (id.isEmpty() || others.contains(id)) {
                continue;
            }
            String text = given().header("Authorization", Tokens.bearer(agent))
                    .get(RunningStack.url(INBOX) + "/api/v1/conversations/" + id)
                    .then().extract().jsonPath().getString("interactions[0].text");
            if (texts.contains(text)) {
                return Optional.of(signal);
            }
            others.add(id);
        }
        return Optional.empty();
    }

    private static void deliver(String commentSuffix, String text) {
        String body = DemoData.feedComment(commentSuffix, "Live Customer", text, Instant.now().getEpochSecond());
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(200);
    }
}
