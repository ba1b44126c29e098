package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.stack.RealmUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.ownership;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interactions that reach the inbox together — one Kafka batch, applied in one transaction with the brand's
 * rules and teams read once (ADR 7) — land exactly as they would have one by one.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class BatchIntakeTest {

    @Inject
    AgroalDataSource database;

    private String suffix;
    private String account;

    @BeforeEach
    void freshNames() {
        defaultCareTeam();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        account = "batch_" + suffix;
    }

    private final java.util.List<String> made = new java.util.ArrayList<>();

    /** A person of acme (agent) made for this test: a team member must be someone who can see the brand. */
    private String person(String name) {
        String user = RealmUsers.create(name + "-" + suffix, "acme", "agent");
        made.add(user);
        return user;
    }

    @org.junit.jupiter.api.AfterEach
    void removePeople() {
        made.forEach(RealmUsers::delete);
        made.clear();
    }

    @Test
    void newConversationsArrivingTogetherAreSharedOutByLoadAndInTurn() {
        String byLoad = "load-" + suffix;
        String inTurn = "turn-" + suffix;
        // Members new to the brand (real people of acme, made for the test): nobody holds open conversations yet.
        String lena = person("lena");
        String maja = person("maja");
        String ala = person("ala");
        String basia = person("basia");
        assertEquals(201, putTeam(byLoad, "{\"strategy\":\"least-loaded\",\"members\":[" + always(lena) + ","
                + always(maja) + "]}"));
        assertEquals(201, putTeam(inTurn, "{\"strategy\":\"round-robin\",\"members\":[" + always(ala) + ","
                + always(basia) + "]}"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("""
                {"rules":[
                 {"name":"Returns","match":{"channelAccountId":"%1$s","keyword":"zwrot"},"team":"%2$s"},
                 {"name":"Parcels","match":{"channelAccountId":"%1$s","keyword":"paczka"},"team":"%3$s"}]}"""
                .formatted(account, byLoad, inTurn)).put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);

        List<String> returns = new ArrayList<>();
        List<String> parcels = new ArrayList<>();
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String r = "t_r" + i + "_" + suffix;
            String p = "t_p" + i + "_" + suffix;
            returns.add(conversationId(r));
            parcels.add(conversationId(p));
            batch.add(EventJson.toBytes(received(comment(r, r, "Chcę zwrot pieniędzy nr " + i))));
            batch.add(EventJson.toBytes(received(comment(p, p, "Gdzie jest moja paczka? Ζήτημα " + i))));
        }
        // One key, one partition, sent together: the inbox reads them in one batch.
        TestEvents.sendAllRaw(Topics.INTERACTIONS, "acme:facebook:" + account, batch);

        Map<String, Long> byLoadOwners = owners(returns);
        assertEquals(Map.of(lena, 5L, maja, 5L), byLoadOwners,
                "least-loaded counts each conversation the batch gives out, as it would one by one");
        Map<String, Long> inTurnOwners = owners(parcels);
        assertEquals(Map.of(ala, 5L, basia, 5L), inTurnOwners, "round-robin takes turns within the batch");
        List<String> turns = parcels.stream().map(id -> ownership(id).getString("assignee")).toList();
        for (int i = 1; i < turns.size(); i++) {
            assertTrue(!turns.get(i).equals(turns.get(i - 1)), "in turn, conversation by conversation: " + turns);
        }
    }

    @Test
    void aThreadItsRepliesARedeliveryAndAnEarlyEditArrivingTogetherLandAsOneByOne() {
        String thread = "t_thread_" + suffix;
        String id = conversationId(thread);
        InteractionReceived opening = comment(thread, thread, "Καλησπέρα, η παραγγελία μου δεν ήρθε");
        InteractionReceived reply = comment(thread, thread + "_r1", "Zamówienie 4411, nadal czekam");
        InteractionReceived late = comment(thread, thread + "_r2", "Где мой заказ?");
        Instant editedAt = Instant.now();
        InteractionChanged edit = new InteractionChanged(late.interactionId(), Platform.FACEBOOK, account,
                late.platformObjectId(), thread, InteractionChanged.Change.EDITED, "Где мой заказ? ❤ Уже неделя",
                late.author().platformId(), editedAt);
        List<byte[]> batch = List.of(
                EventJson.toBytes(received(opening)),
                EventJson.toBytes(received(reply)),
                EventJson.toBytes(received(opening)), // the gateway heard it twice: another event id, same comment
                EventJson.toBytes(Event.of(UUID.randomUUID(), "ingest-service", "acme", "acme:facebook:" + thread,
                        editedAt, Instant.now(), edit)), // the edit overtakes the comment it edits
                EventJson.toBytes(received(late)));
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            TestEvents.sendAllRaw(Topics.INTERACTIONS, "acme:facebook:" + account, batch);
            await().atMost(WAIT).until(() -> given().header("Authorization", bearer("agent1"))
                    .get("/api/v1/conversations/" + id).statusCode() == 200);
            JsonPath c = await().atMost(WAIT).until(() -> given().header("Authorization", bearer("agent1"))
                    .get("/api/v1/conversations/" + id).then().extract().jsonPath(),
                    j -> j.getList("interactions").size() == 3);
            assertEquals(List.of("Καλησπέρα, η παραγγελία μου δεν ήρθε", "Zamówienie 4411, nadal czekam",
                    "Где мой заказ? ❤ Уже неделя"), c.getList("interactions.text"),
                    "each interaction once, the edit applied to the comment it came before");
            assertEquals("new", c.getString("status"));
            assertEquals("agent1", ownership(id).getString("assignee"), "owned by the default team's agent");

            inbox.awaitEvent(ConversationOpened.class, e -> e.data().conversationId().toString().equals(id), WAIT);
            inbox.awaitEvent(ConversationAssigned.class, e -> e.data().conversationId().toString().equals(id), WAIT);
            long opened = inbox.records().stream().map(r -> EventJson.fromBytes(r.value()))
                    .filter(e -> e.data() instanceof ConversationOpened o && o.conversationId().toString().equals(id))
                    .count();
            assertEquals(1, opened, "opened once");
        }
        // Search knows every message of the thread, in each language (written once for the whole batch).
        for (String word : List.of("παραγγελία", "zamówienie", "заказ", "неделя")) {
            List<String> found = given().header("Authorization", bearer("agent1")).queryParam("q", word)
                    .queryParam("limit", 100).get("/api/v1/conversations").then().statusCode(200).extract()
                    .jsonPath().getList("items.id");
            assertTrue(found.contains(id), "'" + word + "' finds the conversation");
        }
    }

    /**
     * Two inbox replicas apply batches at the same time. A batch used to lock its round-robin team's row until it
     * committed, so the other replica's batch for the brand waited for the whole of it; now a batch reads the turn
     * and saves where it ended after committing, so a row held elsewhere delays nobody's conversations.
     */
    @Test
    void aBatchDoesNotWaitForItsTeamsRowAndTheTurnGoesOnFromWhereItEnded() throws Exception {
        String inTurn = "turn-" + suffix;
        String ala = person("ala");
        String basia = person("basia");
        String celina = person("celina");
        assertEquals(201, putTeam(inTurn, "{\"strategy\":\"round-robin\",\"members\":[" + always(ala) + ","
                + always(basia) + "," + always(celina) + "]}"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("""
                {"rules":[{"name":"Parcels","match":{"channelAccountId":"%s","keyword":"paczka"},"team":"%s"}]}"""
                .formatted(account, inTurn)).put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);

        List<String> first = new ArrayList<>();
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String p = "t_held" + i + "_" + suffix;
            first.add(conversationId(p));
            batch.add(EventJson.toBytes(received(comment(p, p, "Gdzie jest moja paczka nr " + i + "?"))));
        }
        try (Connection otherReplica = database.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (var hold = otherReplica.prepareStatement(
                    "SELECT id FROM team WHERE brand = 'acme' AND name = ? FOR UPDATE")) {
                hold.setString(1, inTurn);
                assertTrue(hold.executeQuery().next());
            }
            TestEvents.sendAllRaw(Topics.INTERACTIONS, "acme:facebook:" + account, batch);
            // Assigned while the row is still held elsewhere: the batch did not wait for it.
            assertEquals(2, owners(first).size(), "two members in turn");
            otherReplica.rollback();
        }
        String lastOfFirst = ownership(first.get(1)).getString("assignee");

        String next = "t_next_" + suffix;
        TestEvents.sendAllRaw(Topics.INTERACTIONS, "acme:facebook:" + account,
                List.of(EventJson.toBytes(received(comment(next, next, "Paczka nadal nie dotarła")))));
        owners(List.of(conversationId(next)));
        List<String> order = List.of(ala, basia, celina);
        assertEquals(order.get((order.indexOf(lastOfFirst) + 1) % 3),
                ownership(conversationId(next)).getString("assignee"),
                "the next batch takes the turn after the last one the first batch gave");
    }

    private Map<String, Long> owners(List<String> conversationIds) {
        conversationIds.forEach(id -> await().atMost(WAIT).until(() -> given()
                .header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + id + "/ownership")
                .statusCode() == 200));
        return conversationIds.stream().map(id -> ownership(id).getString("assignee"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String conversationId(String thread) {
        return StableIds.of("conversation", "acme", "facebook", account, thread).toString();
    }

    private InteractionReceived comment(String thread, String commentId, String text) {
        boolean top = thread.equals(commentId);
        return new InteractionReceived(StableIds.of("facebook", account, commentId), Platform.FACEBOOK, account,
                top ? InteractionKind.COMMENT : InteractionKind.REPLY, commentId, "post_" + suffix,
                top ? "post_" + suffix : thread, thread, new Author("a_" + suffix, "Łucja Wrona", null), text, null,
                Instant.now(), new InteractionSignals("pl", 0.9, "complaint", 0.9, false, 0, false, 0, "negative",
                        -0.6, "test", List.of()));
    }

    private static Event<InteractionReceived> received(InteractionReceived r) {
        return Event.of(UUID.randomUUID(), "ingest-service", "acme", "acme:facebook:" + r.threadId(), Instant.now(),
                Instant.now(), r);
    }
}
