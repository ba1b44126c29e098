package io.parley.inbox.conversations;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.testsupport.EventTail;
import io.parley.inbox.AnsweringScenarios.Heard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.acme;
import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.AnsweringScenarios.changeStatus;
import static io.parley.inbox.AnsweringScenarios.listed;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.parley.inbox.InboxScenarios.customerWritesAgain;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class StatusesAndFiltersTest {

    @Test
    void anAgentMovesAConversationThroughTheStatusesAndEveryChangeIsAudited() {
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            movesThroughTheStatuses(inbox);
        }
    }

    private void movesThroughTheStatuses(EventTail inbox) {
        String thread = "t_" + UUID.randomUUID();
        String id = arrives(acme(thread, "Czy wysyłacie do Grecji?"));
        assertEquals("new", conversation(id).getString("status"));
        assertTrue(listed(Map.of("status", "new,open")).contains(id), "a new one is in the open queue");

        changeStatus("agent1", id, "pending_customer", "zapytałam o kod pocztowy").statusCode(200)
                .body("status", equalTo("pending_customer")).body("overdue", equalTo(false));
        assertFalse(listed(Map.of("status", "new,open")).contains(id), "waiting for the customer leaves the queue");
        assertTrue(listed(Map.of("status", "pending_customer")).contains(id));

        changeStatus("agent1", id, "resolved", null).statusCode(200).body("status", equalTo("resolved"));
        changeStatus("agent1", id, "pending_customer", null).statusCode(409)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("a conversation cannot go from resolved to pending_customer; from resolved "
                        + "it may go to open"));
        changeStatus("agent1", id, "answered", null).statusCode(409)
                .body("detail", startsWith("a conversation cannot go from resolved to answered by hand"));
        changeStatus("agent1", id, "resolved", null).statusCode(409)
                .body("detail", equalTo("conversation " + id + " is already resolved"));
        changeStatus("agent1", id, "closed", null).statusCode(400);
        changeStatus("agent2", id, "open", null).statusCode(404); // globex's agent: not theirs
        changeStatus("editor1", id, "open", null).statusCode(403);

        // The customer writes again: open, due again, in the queue.
        customerWritesAgain(thread, thread + "_2", "Halo?");
        await().atMost(WAIT).until(() -> "open".equals(conversation(id).getString("status")));
        assertTrue(listed(Map.of("status", "new,open")).contains(id));

        List<Map<String, Object>> trail = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertEquals(List.of("status_changed", "status_changed", "status_changed"),
                trail.stream().map(e -> e.get("action")).toList());
        assertEquals(Map.of("from", "new", "to", "pending_customer", "reason", "zapytałam o kod pocztowy"),
                trail.get(0).get("details"));
        assertEquals("agent1", trail.get(0).get("actor"));
        assertEquals(Map.of("from", "resolved", "to", "open", "because", "the customer wrote again"),
                trail.get(2).get("details"));
        assertEquals("system", trail.get(2).get("actor"));
        given().header("Authorization", bearer("agent2")).get("/api/v1/conversations/" + id + "/audit").then()
                .statusCode(404);
        // Each change is announced for the figures that count resolutions and reopenings (analytics).
        for (String[] change : new String[][] {{"new", "pending_customer", "agent1", "manual"},
                {"pending_customer", "resolved", "agent1", "manual"}, {"resolved", "open", "system", "customer"}}) {
            Event<ConversationStatusChanged> e = inbox.awaitEvent(ConversationStatusChanged.class, ev ->
                    ev.data().conversationId().toString().equals(id) && ev.data().from().equals(change[0]),
                    WAIT);
            assertEquals(List.of(change[1], change[2], change[3]), List.of(e.data().to(), e.data().changedBy(),
                    e.data().reason()));
        }
    }

    @Test
    void theListingFiltersByChannelMomentLanguageSentimentAndOwner() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String account = "acct_" + run;
        String complaint = arrives(new Heard("acme", Platform.INSTAGRAM, account, "t_" + UUID.randomUUID(), "a1",
                "Ana", "Η παραγγελία μου δεν ήρθε ακόμα!", "el", "complaint", "negative", false));
        String praise = arrives(new Heard("acme", Platform.INSTAGRAM, account, "t_" + UUID.randomUUID(), "a2",
                "Boris", "Отличный сервис, спасибо!", "ru", "praise", "positive", false));

        assertEquals(List.of(complaint), listed(Map.of("channelAccount", account, "moment", "complaint")));
        assertEquals(List.of(praise), listed(Map.of("channelAccount", account, "language", "ru")));
        assertEquals(List.of(complaint), listed(Map.of("channelAccount", account, "sentiment", "negative")));
        assertEquals(2, listed(Map.of("channelAccount", account, "platform", "instagram")).size());
        assertEquals(List.of(), listed(Map.of("channelAccount", account, "platform", "facebook")));
        // The owners are whoever the brand's assignment rules picked: the filters list exactly theirs.
        List<Map<String, Object>> items = given().header("Authorization", bearer("agent1"))
                .queryParam("channelAccount", account).get("/api/v1/conversations").then().statusCode(200).extract()
                .jsonPath().getList("items");
        List<String> agent1s = items.stream().filter(i -> "agent1".equals(i.get("assignee")))
                .map(i -> (String) i.get("id")).sorted().toList();
        assertEquals(agent1s, listed(Map.of("channelAccount", account, "assignee", "me")).stream().sorted().toList());
        String team = (String) items.get(0).get("team");
        assertEquals(items.stream().filter(i -> team.equals(i.get("team"))).map(i -> (String) i.get("id")).sorted()
                .toList(), listed(Map.of("channelAccount", account, "team", team)).stream().sorted().toList());
        assertEquals(List.of(), listed(Map.of("channelAccount", account, "team", "care-el")));
        assertEquals(List.of(), listed(Map.of("channelAccount", account, "breached", "true")),
                "due in an hour, not breached");
        assertEquals(2, listed(Map.of("channelAccount", account, "dueWithinMinutes", "120")).size());
        assertEquals(List.of(), listed(Map.of("channelAccount", account, "dueWithinMinutes", "5")));

        JsonPath item = given().header("Authorization", bearer("agent1")).queryParam("channelAccount", account)
                .queryParam("moment", "complaint").get("/api/v1/conversations").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("el", item.getString("items[0].language"));
        assertEquals("negative", item.getString("items[0].sentiment"));
        assertEquals(account, item.getString("items[0].channelAccountId"));
    }

    @Test
    void badFiltersArePreciseProblems() {
        String token = bearer("agent1");
        for (Object[] bad : new Object[][] {{"moment", "rant", "moment"}, {"sentiment", "angry", "sentiment"},
                {"language", "Polish", "language"}, {"dueWithinMinutes", "0", "dueWithinMinutes"},
                {"breached", "yes", "breached"}, {"q", "  ", "q"}, {"q", "x".repeat(201), "q"},
                {"status", "new,closed", "status"}}) {
            given().header("Authorization", token).queryParam((String) bad[0], bad[1]).get("/api/v1/conversations")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(bad[2]));
        }
    }

    @Test
    void theAuthorsHistoryShowsTheirOtherConversationsInTheCallersBrandsOnly() {
        String author = "au_" + UUID.randomUUID();
        String name = "Ελένη " + author.substring(3, 11);
        String first = arrives(new Heard("acme", Platform.FACEBOOK, "1234567890", "t_" + UUID.randomUUID(), author,
                name, "Πού είναι η παραγγελία μου;", "el", "question", "neutral", false));
        String otherAccount = arrives(new Heard("acme", Platform.FACEBOOK, "999000111", "t_" + UUID.randomUUID(),
                author, name, "Ευχαριστώ!", "el", "praise", "positive", false));
        String otherNetwork = arrives(new Heard("acme", Platform.INSTAGRAM, "17841400000000000",
                "t_" + UUID.randomUUID(), "ig_" + author, name, "Ωραία συλλογή", "el", "praise", "positive", false));
        String globex = arrives(new Heard("globex", Platform.FACEBOOK, "555", "t_" + UUID.randomUUID(), author, name,
                "Globex, γεια", "el", "question", "neutral", false));

        JsonPath history = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + first + "/author-history").then().statusCode(200).extract().jsonPath();
        List<String> ids = history.getList("items.id");
        assertTrue(ids.containsAll(List.of(otherAccount, otherNetwork)), ids.toString());
        assertFalse(ids.contains(globex), "never another brand's");
        assertFalse(ids.contains(first));
        assertEquals("platform-id", history.getString("items.find { it.id == '" + otherAccount + "' }.match"));
        assertEquals("name", history.getString("items.find { it.id == '" + otherNetwork + "' }.match"));
        assertEquals(name, history.getString("author.name"));

        List<String> admin = given().header("Authorization", bearer("admin1"))
                .get("/api/v1/conversations/" + first + "/author-history").then().statusCode(200).extract()
                .jsonPath().getList("items.id");
        assertTrue(admin.contains(globex), "admin1 may see globex too");
        given().header("Authorization", bearer("agent2")).get("/api/v1/conversations/" + first + "/author-history")
                .then().statusCode(404);
    }
}
