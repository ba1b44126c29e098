package io.parley.inbox.queue;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Platform;
import io.parley.inbox.AnsweringScenarios.Heard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue worked in four orders, page by page, with its total. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class QueueOrdersTest {

    @Inject
    ConversationQueue conversations;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void eachOrderOfTheOpenQueueIsReadFromItsIndexInOrderFromTheCursorOn() {
        // The SQL of ConversationQueue#queue for status=new,open, one brand, after a cursor, in each order.
        String[][] orders = {
            {"last_interaction_at DESC, id DESC", QueueOrder.NEWEST.after(), "conversation_awaiting_recent"},
            {"last_interaction_at, id", QueueOrder.OLDEST.after(), "conversation_awaiting_recent"},
            {QueueOrder.PRIORITY.orderBy(), QueueOrder.PRIORITY.after(), "conversation_awaiting_priority"}};
        for (String[] o : orders) {
            String sql = ("SELECT id FROM conversation WHERE brand IN ('acme') AND status IN ('new', 'open') AND "
                    + o[1] + " ORDER BY " + o[0] + " LIMIT 51")
                    .replace(":afterAt", "TIMESTAMPTZ '2026-11-23T09:00:00Z'")
                    .replace(":afterId", "UUID '6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13'").replace(":afterRank", "1");
            String plan = String.join("\n", explain(sql));
            assertTrue((plan.contains("Index Scan") || plan.contains("Index Only Scan")) && plan.contains(o[2]),
                    o[0] + ": " + plan);
            assertFalse(plan.contains("Sort"), "no sort for " + o[0] + ": " + plan);
        }
    }

    @jakarta.transaction.Transactional
    List<String> explain(String sql) {
        // Test tables are small, so the planner would rightly read them whole; ask what the index can do.
        em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        em.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
        em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery("EXPLAIN " + sql).getResultList();
        return lines;
    }

    @Test
    void theQueueIsWorkedNewestFirstOldestFirstByPriorityOrByDueTimePageByPage() {
        String account = "orders_" + UUID.randomUUID().toString().substring(0, 8);
        // In this order: a furious complaint (high), praise (low), a question (normal).
        String complaint = arrives(heard(account, "Zepsute! Oddajcie pieniądze", "complaint", "negative"));
        String praise = arrives(heard(account, "Świetna obsługa, dziękuję", "praise", "positive"));
        String question = arrives(heard(account, "Czy wysyłacie do Grecji?", "question", "neutral"));

        assertEquals(List.of(question, praise, complaint), walk(account, "newest"),
                "the latest customer message first: a comment just written is on page one");
        assertEquals(List.of(complaint, praise, question), walk(account, "oldest"));
        assertEquals(List.of(complaint, question, praise), walk(account, "priority"), "high, normal, low");
        List<String> due = walk(account, "due");
        List<Map<String, Object>> items = list(account, "due", 200, null).getList("items");
        List<String> byDueAt = items.stream()
                .sorted(java.util.Comparator.comparing((Map<String, Object> m) -> java.time.Instant.parse(
                        (String) m.get("dueAt"))).thenComparing(m -> (String) m.get("id")))
                .map(m -> (String) m.get("id")).toList();
        assertEquals(byDueAt, due, "soonest due first, as before there were orders");
        assertEquals(due, walk(account, null), "due is the default");

        JsonPath first = list(account, "newest", 1, null);
        assertEquals("newest", first.getString("sort"));
        assertEquals(3, first.getInt("total"), "the first page counts the whole listing");
        assertFalse(first.getBoolean("totalIsEstimate"), "three are counted, not estimated");
        JsonPath second = list(account, "newest", 1, first.getString("nextCursor"));
        assertNull(second.get("total"), "pages after a cursor are not counted again");
        assertEquals(List.of(praise), second.getList("items.id"));

        // A cursor belongs to its order.
        given().header("Authorization", bearer("agent1")).queryParam("channelAccount", account)
                .queryParam("sort", "oldest").queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/conversations").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", bearer("agent1")).queryParam("sort", "sideways")
                .get("/api/v1/conversations").then().statusCode(400).body("errors[0].field", equalTo("sort"))
                .body("detail", equalTo("sort: 'sideways' is not one of due, newest, oldest, priority"));
    }

    @Test
    void aTotalAboveWhatIsCountedExactlyIsPostgresEstimateAndSaysSo() {
        String account = "estimate_" + UUID.randomUUID().toString().substring(0, 8);
        arrives(heard(account, "Gdzie paczka?", "question", "neutral"));
        arrives(heard(account, "Gdzie moja paczka?", "question", "neutral"));
        ConversationFilter all = ConversationFilter.statuses(Set.of());
        ConversationQueue.Total exact = conversations.total(Set.of("acme"), all, 1_000_000);
        assertFalse(exact.estimate());
        assertTrue(exact.count() >= 2);
        ConversationQueue.Total estimated = conversations.total(Set.of("acme"), all, 1);
        assertTrue(estimated.estimate(), "more than one: the planner's estimate");
        assertTrue(estimated.count() >= 2, "never less than what was counted: " + estimated.count());
        assertEquals(new ConversationQueue.Total(0, false), conversations.total(Set.of("no-such-brand"), all, 1));
    }

    private static Heard heard(String account, String text, String moment, String sentiment) {
        return new Heard("acme", Platform.INSTAGRAM, account, "t_" + UUID.randomUUID(), "au_" + UUID.randomUUID(),
                "Ola", text, "pl", moment, sentiment, false);
    }

    /** Every conversation of the account in the order, one per page, following the cursors. */
    private static List<String> walk(String account, String sort) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = list(account, sort, 1, cursor);
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && ids.size() < 10);
        return ids;
    }

    private static JsonPath list(String account, String sort, int limit, String cursor) {
        var request = given().header("Authorization", bearer("agent1")).queryParam("channelAccount", account)
                .queryParam("limit", limit);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/conversations").then().statusCode(200).extract().jsonPath();
    }
}
