package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.inbox.targets.ResponseTargetStore;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.InboxScenarios.comment;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interactions arrive from Kafka and wait in the queue, due by the brand's target. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class ConversationsTest {

    @Inject
    ResponseTargetStore targets;

    @Inject
    EntityManager em;

    @Test
    void aCommentOpensAConversationDueByTheBrandsTargetForTheChannel() {
        long version = System.currentTimeMillis();
        TestEvents.send("acme", Event.of(UUID.randomUUID(), "standards-service", "acme", "acme", Instant.now(),
                Instant.now(), new ResponseTargetsChanged(version, 90, List.of(
                        new ResponseTargetsChanged.ChannelTarget(Platform.FACEBOOK, 25)), "manager1")));
        await().atMost(WAIT).until(() -> version == currentVersion());

        String thread = "t_" + UUID.randomUUID();
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            String id = arrives(thread, "Where is my parcel?");
            JsonPath c = conversation(id);
            assertEquals("new", c.getString("status"), "nobody at the brand has acted on it yet");
            assertEquals(Duration.ofMinutes(25), Duration.between(Instant.parse(c.getString("receivedAt")),
                    Instant.parse(c.getString("dueAt"))));
            assertEquals("Zofia Nowak", c.getString("author.name"));
            inbox.awaitEvent(io.parley.contracts.inbox.ConversationOpened.class,
                    e -> e.data().conversationId().toString().equals(id), WAIT);
        }
    }

    @Test
    void theOpenQueueOfABrandIsReadFromTheIndexInOrder() {
        // The SQL of ConversationQueue#queue for one brand, open, after a cursor.
        String plan = String.join("\n", explain("""
                SELECT * FROM conversation WHERE brand IN ('acme') AND status = 'open'
                  AND due_at >= '2026-11-23T09:00:00Z' AND (due_at > '2026-11-23T09:00:00Z'
                       OR id > '6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13')
                ORDER BY due_at, id LIMIT 51"""));
        // conversation_queue, or the smaller partial index of the open queue (new and open) with status = 'open'.
        assertTrue(plan.contains("Index Scan using conversation_queue")
                || plan.contains("Index Scan using conversation_awaiting"), plan);
        assertTrue(plan.contains("due_at >="), "the cursor bounds the scan: " + plan);
        assertFalse(plan.contains("Sort"), "no sort: " + plan);
    }

    @Test
    void theOpenQueueNewAndOpenIsReadFromThePartialIndexInOrder() {
        // The SQL of ConversationQueue#queue for status=new,open (the open queue), one brand, after a cursor.
        String plan = String.join("\n", explain("""
                SELECT * FROM conversation WHERE brand IN ('acme') AND status IN ('new', 'open')
                  AND due_at >= '2026-11-23T09:00:00Z' AND (due_at > '2026-11-23T09:00:00Z'
                       OR id > '6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13')
                ORDER BY due_at, id LIMIT 51"""));
        assertTrue(plan.contains("Index Scan using conversation_awaiting"), plan);
        assertFalse(plan.contains("Sort"), "no sort: " + plan);
    }

    @Transactional
    List<String> explain(String sql) {
        // Test tables are small, so the planner would rightly read them whole; ask what the index can do.
        em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        // Once the table has statistics (other tests' rows), a bitmap scan plus a sort of a few rows looks cheaper
        // still; the question is whether the index alone can serve the query in order.
        em.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
        em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery("EXPLAIN " + sql).getResultList();
        return lines;
    }

    @Transactional
    long currentVersion() {
        return targets.find("acme").map(t -> t.version()).orElse(-1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"❤", "Καλησπέρα, πού είναι η παραγγελία μου;", "Zażółć gęślą jaźń", "Где мой заказ?"})
    void whatTheCustomerWroteComesOutByteForByte(String text) {
        String id = arrives("t_" + UUID.randomUUID(), text);
        JsonPath c = conversation(id);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
                c.getString("interactions[0].text").getBytes(StandardCharsets.UTF_8));
        // The listing (paged by cursor: the test database holds every earlier test's conversations too).
        String listed = null;
        String cursor = null;
        for (int page = 0; page < 100 && listed == null; page++) {
            var request = given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                    .queryParam("status", "new").queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath p = request.get("/api/v1/conversations").then().statusCode(200).extract().jsonPath();
            listed = p.getString("items.find { it.id == '" + id + "' }.preview");
            cursor = p.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertNotNull(listed, "conversation " + id + " is not in the listing");
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), listed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatTheCustomerAttachedAndWhatEnrichmentReadAreKept() {
        String thread = "t_" + UUID.randomUUID();
        var event = comment("acme", thread, thread, "Paczka przyszła zgnieciona, zobaczcie 📦");
        var data = event.data().withSignals(new io.parley.contracts.interactions.InteractionSignals("pl", 0.97,
                "complaint", 0.91, false, 0.01, false, 0.02, "negative", -0.7, "test", List.of()))
                .withAttachments(List.of(new io.parley.contracts.interactions.Attachment("image",
                        "https://scontent.xx.fbcdn.net/v/parcel.jpg", null, 1080, 1350)));
        TestEvents.send("acme:facebook:" + thread, Event.of(event.id(), "ingest-service", "acme", event.subject(),
                event.time(), event.observedTime(), data));
        String id = io.parley.inbox.InboxScenarios.awaitConversationOf(thread);
        JsonPath c = conversation(id);
        assertEquals("Paczka przyszła zgnieciona, zobaczcie 📦", c.getString("interactions[0].text"));
        assertEquals("image", c.getString("interactions[0].attachments[0].type"));
        assertEquals("https://scontent.xx.fbcdn.net/v/parcel.jpg", c.getString("interactions[0].attachments[0].url"));
        assertEquals(1350, c.getInt("interactions[0].attachments[0].height"));
        // The detail says what enrichment read and who owns it, as the queue does (a deep link needs no queue).
        assertEquals("complaint", c.getString("moment"));
        assertEquals("pl", c.getString("language"));
        assertEquals("negative", c.getString("sentiment"));
        String team = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> Conversation.<Conversation>findById(UUID.fromString(id)).team);
        assertEquals(team, c.getString("team"));
        Long stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>find(
                "id = ?1 and moment = 'complaint' and language = 'pl' and sentiment = 'negative'",
                UUID.fromString(id)).count());
        assertEquals(1L, stored, "the conversation keeps the moment, language and sentiment for routing and filters");
    }

    @Test
    void aRedeliveredInteractionIsMergedAndAReplyJoinsItsThread() {
        String thread = "t_" + UUID.randomUUID();
        var first = comment("acme", thread, thread, "first");
        TestEvents.send("acme:facebook:" + thread, first);
        TestEvents.send("acme:facebook:" + thread, first);
        TestEvents.send("acme:facebook:" + thread, comment("acme", thread, thread + "_r", "second"));
        String id = io.parley.inbox.InboxScenarios.awaitConversationOf(thread);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath c = conversation(id);
            assertEquals(List.of("first", "second"), c.getList("interactions.text"));
            assertEquals("reply", c.getString("interactions[1].kind"));
        });
    }

    @Test
    void theQueueIsOrderedByDueTimeAndPagesWithACursor() {
        arrives("t_" + UUID.randomUUID(), "a");
        arrives("t_" + UUID.randomUUID(), "b");
        arrives("t_" + UUID.randomUUID(), "c");
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        JsonPath page1 = given().header("Authorization", token).queryParam("status", "new,open").queryParam("limit", 2)
                .get("/api/v1/conversations").then().statusCode(200).extract().jsonPath();
        assertEquals(2, page1.getList("items").size());
        String cursor = page1.getString("nextCursor");
        assertNotNull(cursor);
        JsonPath page2 = given().header("Authorization", token).queryParam("status", "new,open").queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/conversations").then().statusCode(200)
                .extract().jsonPath();
        List<String> due = new java.util.ArrayList<>(page1.getList("items.dueAt"));
        due.addAll(page2.getList("items.dueAt"));
        for (int i = 1; i < due.size(); i++) {
            assertFalse(Instant.parse(due.get(i)).isBefore(Instant.parse(due.get(i - 1))), due.toString());
        }
        assertFalse(page2.getList("items.id").contains(page1.getString("items[1].id")), "pages overlap");
    }

    @Test
    void anotherBrandsConversationIsNotFound() {
        String id = arrives("t_" + UUID.randomUUID(), "acme only");
        String globex = Tokens.bearer(Tokens.forUser("agent2"));
        given().header("Authorization", globex).get("/api/v1/conversations/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("conversation " + id + " does not exist"));
        given().header("Authorization", globex).queryParam("brand", "acme").get("/api/v1/conversations")
                .then().statusCode(404);
        List<String> seen = given().header("Authorization", globex).queryParam("limit", 200)
                .get("/api/v1/conversations").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(seen.contains(id));
    }

    @Test
    void badRequestsArePreciseProblems() {
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        given().header("Authorization", token).queryParam("status", "closed").get("/api/v1/conversations")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("status: 'closed' is not a status; use one of new, open, pending_customer, answered, resolved"));
        given().header("Authorization", token).queryParam("platform", "myspace").get("/api/v1/conversations")
                .then().statusCode(400).body("detail", equalTo("platform: unknown platform 'myspace'"));
        given().header("Authorization", token).queryParam("cursor", "garbage").get("/api/v1/conversations")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", token).get("/api/v1/conversations/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/api/v1/conversations").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("editor1"))).get("/api/v1/conversations")
                .then().statusCode(403);
    }

    @Test
    void aRecordNoOneCanReadGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        try (EventTail deadLetters = EventTail.open(Topics.DEAD_LETTER)) {
            TestEvents.sendRaw(Topics.INTERACTIONS, key, "{not an event".getBytes(StandardCharsets.UTF_8));
            await().atMost(WAIT).until(() -> deadLetters.records().stream().anyMatch(r -> key.equals(r.key())));
            var record = deadLetters.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertNotNull(record.headers().lastHeader("dead-letter-reason"));
            assertTrue(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                    .contains("not JSON"));
        }
        // ... and the inbox goes on: a good record after it is processed.
        arrives("t_" + UUID.randomUUID(), "after the poison");
    }

    @Test
    void aRecordThatBreaksItsBatchIsSetAsideAndTheRestOfTheBatchLands() throws Exception {
        // A readable event the inbox cannot apply (an interaction without a network), between good ones on the
        // same partition, sent together so that they are read in one batch.
        String key = "acme:facebook:batch-" + UUID.randomUUID();
        List<String> threads = new java.util.ArrayList<>();
        List<byte[]> records = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String thread = "t_" + UUID.randomUUID();
            threads.add(thread);
            records.add(io.parley.contracts.EventJson.toBytes(comment("acme", thread, thread, "Wiadomość nr " + i + " ✉")));
        }
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) io.parley.contracts.EventJson.mapper()
                .readTree(io.parley.contracts.EventJson.toBytes(comment("acme", "t_broken", "t_broken", "bez sieci")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("data")).remove("platform");
        String brokenId = broken.get("id").asText();
        records.add(10, io.parley.contracts.EventJson.mapper().writeValueAsBytes(broken));
        try (EventTail deadLetters = EventTail.open(Topics.DEAD_LETTER)) {
            TestEvents.sendAllRaw(Topics.INTERACTIONS, key, records);
            for (String thread : threads) {
                io.parley.inbox.InboxScenarios.awaitConversationOf(thread);
            }
            await().atMost(WAIT).until(() -> deadLetters.records().stream().anyMatch(r -> key.equals(r.key())));
            var setAside = deadLetters.records().stream().filter(r -> key.equals(r.key())).toList();
            assertEquals(1, setAside.size(), "only the broken record is set aside");
            assertTrue(new String(setAside.get(0).value(), StandardCharsets.UTF_8).contains(brokenId));
            assertEquals(Topics.INTERACTIONS, new String(setAside.get(0).headers().lastHeader("dead-letter-topic")
                    .value(), StandardCharsets.UTF_8));
        }
        assertEquals("Wiadomość nr 19 ✉", conversation(io.parley.inbox.InboxScenarios.awaitConversationOf(
                threads.get(19))).getString("interactions[0].text"));
    }
}
