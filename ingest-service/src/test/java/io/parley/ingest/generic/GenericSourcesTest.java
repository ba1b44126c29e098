package io.parley.ingest.generic;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.meta.MetaSignature;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forum pushes signed items to the generic webhook; an integrator imports a file of them. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class GenericSourcesTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String SECRET = "forum-signing-secret";
    private String source;
    private String channelId;

    @BeforeEach
    void connectAForum() {
        source = "acme-forum-" + UUID.randomUUID().toString().substring(0, 8);
        channelId = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "forum", "accountId", source, "name", "Acme community forum",
                        "secrets", Map.of("signingSecret", "config:parley.channel-secrets.test.forum")))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response push(String source, String json, String secret) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json")
                .header("X-Parley-Signature", MetaSignature.sign(secret, body)).body(body)
                .post("/webhooks/generic/" + source);
    }

    @Test
    void signedItemsBecomeInteractionsAndChanges() {
        String marker = UUID.randomUUID().toString();
        String items = """
                {"items":[
                 {"id":"t17-p1","kind":"comment","threadId":"t17","text":"Ο router δεν συνδέεται από χθες %s",
                  "author":{"id":"u-5","name":"Ελένη","url":"https://forum.acme.example/u/5"},
                  "permalink":"https://forum.acme.example/t/17#p1","createdAt":"2026-11-23T08:00:00Z",
                  "attachments":[{"type":"image","url":"https://forum.acme.example/uploads/router.jpg"}]},
                 {"id":"t17-p2","kind":"reply","threadId":"t17","parentId":"t17-p1","text":"❤","createdAt":"2026-11-23T08:05:00Z"}
                ]}""".formatted(marker);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            push(source, items, SECRET).then().statusCode(200).body("interactions", equalTo(2));
            Event<InteractionReceived> first = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().text().endsWith(marker), WAIT);
            assertEquals(InteractionKind.COMMENT, first.data().kind());
            assertEquals("Ο router δεν συνδέεται από χθες " + marker, first.data().text());
            assertEquals("Ελένη", first.data().author().name());
            assertEquals("el", first.data().signals().language(), "enriched before publishing");
            assertEquals("complaint", first.data().signals().moment());
            assertEquals("t17", first.data().threadId());
            assertEquals(List.of(io.parley.contracts.interactions.Attachment.of("image",
                    "https://forum.acme.example/uploads/router.jpg")), first.data().attachments());
            Event<InteractionReceived> heart = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().channelAccountId().equals(source) && e.data().platformObjectId().equals("t17-p2"), WAIT);
            assertEquals("❤", heart.data().text());
            assertEquals("und", heart.data().signals().language());
            assertEquals("positive", heart.data().signals().sentiment());
            assertEquals(InteractionKind.REPLY, heart.data().kind());

            push(source, """
                    {"id":"t17-p1","change":"edited","threadId":"t17","text":"Już działa, dzięki","changedAt":"2026-11-23T09:00:00Z"}""",
                    SECRET).then().statusCode(200).body("changes", equalTo(1));
            Event<InteractionChanged> edit = interactions.awaitEvent(InteractionChanged.class,
                    e -> e.data().channelAccountId().equals(source), WAIT);
            assertEquals(first.data().interactionId(), edit.data().interactionId());
            assertEquals("Już działa, dzięki", edit.data().text());
        }
    }

    @Test
    void aWrongSignatureAnUnknownSourceOrOneBadItemStoreNothing() {
        String marker = UUID.randomUUID().toString();
        String good = "{\"id\":\"a-" + marker + "\",\"text\":\"ok " + marker + "\"}";
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            push(source, good, "wrong-secret").then().statusCode(401).body("type", equalTo("/problems/bad-signature"));
            push("no-such-source", good, SECRET).then().statusCode(401);
            push(source, "{\"items\":[" + good + ",{\"id\":\"b\",\"kind\":\"shout\",\"text\":\"x\"}]}", SECRET)
                    .then().statusCode(400).body("errors[0].field", equalTo("items[1].kind"));
            push(source, "{\"items\":[" + good + ",{\"id\":\"c\"}]}", SECRET)
                    .then().statusCode(400).body("errors[0].field", equalTo("items[1].text"));
            push(source, "{\"items\":[" + good + ",{\"id\":\"d\",\"text\":\"x\",\"attachments\":[{\"type\":\"hologram\","
                    + "\"url\":\"https://forum.acme.example/h.3d\"}]}]}", SECRET)
                    .then().statusCode(400).body("errors[0].field", equalTo("items[1].attachments[0].type"));
            push(source, "{not json", SECRET).then().statusCode(400).body("type", equalTo("/problems/bad-request"));
            // a later good delivery is the only one published
            push(source, good, SECRET).then().statusCode(200);
            interactions.awaitEvent(InteractionReceived.class, e -> e.data().text().equals("ok " + marker), WAIT);
            assertEquals(1, interactions.records().stream()
                    .filter(r -> r.key().equals("acme:forum:a-" + marker)).count());
        }
    }

    @Test
    void anImportKeepsGoodLinesAndNamesTheBadOnes() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String ndjson = String.join("\n",
                "{\"id\":\"r1-" + marker + "\",\"kind\":\"review\",\"text\":\"Świetna obsługa! " + marker + "\",\"createdAt\":\"2026-11-20T10:00:00Z\"}",
                "",
                "{\"id\":\"r2-" + marker + "\",\"kind\":\"review\",\"text\":\"Ужасная доставка " + marker + "\",\"createdAt\":\"yesterday\"}",
                "{\"id\":\"r3-" + marker + "\",\"kind\":\"review\",\"text\":\"Ужасная доставка " + marker + "\"}",
                "this is not json",
                "{\"id\":\"r1-" + marker + "\",\"change\":\"hidden\"}");
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().header("Authorization", Tokens.bearer(Tokens.forIntegrator())).contentType("application/x-ndjson")
                    .body(ndjson.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/channels/" + channelId + "/imports").then().statusCode(200)
                    .body("lines", equalTo(6)).body("interactions", equalTo(2)).body("changes", equalTo(1))
                    .body("refused", equalTo(2)).body("refusedLines", hasSize(2))
                    .body("refusedLines[0].line", equalTo(3)).body("refusedLines[0].field", equalTo("createdAt"))
                    .body("refusedLines[1].line", equalTo(5));
            interactions.awaitEvent(InteractionReceived.class, e -> e.data().text().equals("Ужасная доставка " + marker), WAIT);
            interactions.awaitEvent(InteractionChanged.class, e -> e.data().platformObjectId().equals("r1-" + marker)
                    && e.data().change() == InteractionChanged.Change.HIDDEN, WAIT);
            assertTrue(interactions.records().stream().noneMatch(r -> r.key().equals("acme:forum:r2-" + marker)));
        }
        given().header("Authorization", Tokens.bearer(Tokens.forIntegrator())).contentType("application/x-ndjson")
                .body("nope\n{\"id\":1}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/channels/" + channelId + "/imports").then().statusCode(400)
                .body("errors", hasSize(2));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).contentType("application/x-ndjson")
                .body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/channels/" + channelId + "/imports").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("admin1"))).contentType("application/x-ndjson")
                .body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/channels/" + UUID.randomUUID() + "/imports").then().statusCode(404);
    }

    @Test
    void aLargeImportIsDurableLineForLineAcrossManyBatchesInFlight() {
        // 4,321 lines: eight full batches of 500 may wait for Kafka at once, so this import has batches handed over
        // while earlier ones are unacknowledged, and a last part-batch; one bad line in the middle of a batch.
        String marker = UUID.randomUUID().toString().substring(0, 8);
        int lines = 4_321;
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            ndjson.append(i == 2_345 ? "{\"id\":\"big-" + marker + "-bad\",\"kind\":\"shout\",\"text\":\"x\"}"
                    : "{\"id\":\"big-" + marker + "-" + i + "\",\"text\":\"Η παραγγελία " + i + " ❤ Заказ ż\"}").append('\n');
        }
        String keys = "acme:forum:big-" + marker + "-";
        try (EventTail intake = EventTail.open(Topics.INTAKE)) {
            given().header("Authorization", Tokens.bearer(Tokens.forIntegrator())).contentType("application/x-ndjson")
                    .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/channels/" + channelId + "/imports").then().statusCode(200)
                    .body("lines", equalTo(lines)).body("interactions", equalTo(lines - 1)).body("refused", equalTo(1))
                    .body("refusedLines[0].line", equalTo(2_345)).body("refusedLines[0].field", equalTo("kind"));
            // answered only once Kafka had every good line: each is on the intake topic exactly once, text exact
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ours = List.of();
            while (ours.size() < lines - 1 && System.nanoTime() < deadline) {
                ours = intake.records().stream().filter(r -> r.key().startsWith(keys)).toList();
            }
            assertEquals(lines - 1, ours.size());
            assertEquals(lines - 1, ours.stream().map(r -> r.key()).distinct().count());
            Event<?> last = io.parley.contracts.EventJson.fromBytes(ours.stream()
                    .filter(r -> r.key().equals(keys + lines)).findFirst().orElseThrow().value());
            assertEquals("Η παραγγελία " + lines + " ❤ Заказ ż", ((InteractionReceived) last.data()).text());
        }
    }
}
