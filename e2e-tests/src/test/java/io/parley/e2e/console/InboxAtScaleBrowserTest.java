package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.parley.testsupport.inbox.InboxFill;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue at scale, in a real browser ({@code browser-tests/scenarios/inbox-at-scale.mjs}) on a stack whose acme
 * inbox holds 100,000 more conversations ({@link InboxFill#QUEUE}, as the benchmark fills it, on top of the 100,000
 * resolved ones of its past that every scenario runs with, {@link RunningStack#HISTORY}): the open
 * queue says about how many it holds (an estimate above 10,000), agent1 works it newest first (the comment that just
 * arrived is on top, not behind 20,000 overdue ones), in the compact density, saves "complaints, newest first" as a
 * view and opens it again from the picker with its count, and answers the newest complaint from the keyboard alone:
 * j (open, focus on the conversation), r (the reply box), the text, Ctrl+Enter. The key presses are counted and
 * printed. Every screen is audited for WCAG 2.1 AA. Afterwards the generated conversations are taken out again, so
 * the classes after this one see the inbox they expect.
 */
@ExtendWith(RunningStack.class)
class InboxAtScaleBrowserTest {

    private static final long FILLED = 100_000;

    @BeforeAll
    static void teamReady() {
        ConsoleScenarios.consoleUrl();
        String manager = Tokens.forUser("manager1");
        String inbox = RunningStack.url(INBOX) + "/api/v1/brands/acme";
        String allWeek = "[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\","
                + "\"SUNDAY\"],\"from\":\"00:00\",\"to\":\"00:00\",\"timeZone\":\"Europe/Warsaw\"}]";
        given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                .body("{\"strategy\":\"round-robin\",\"default\":true,\"managers\":[\"manager1\"],\"members\":["
                        + "{\"user\":\"agent1\",\"schedule\":" + allWeek + "},{\"user\":\"manager1\",\"schedule\":"
                        + allWeek + "}]}")
                .put(inbox + "/teams/care").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @AfterAll
    static void generatedConversationsRemoved() throws SQLException {
        try (Connection db = RunningStack.inboxDatabase()) {
            InboxFill.QUEUE.remove(db);
        }
    }

    @Test
    void anAgentWorksAQueueOfAHundredThousandNewestFirstThroughASavedViewAndAnswersFromTheKeyboard()
            throws Exception {
        String run = "run" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String complaint = "Reklamacja: paczka nie dotarła, zamówienie zaginęło, żądam zwrotu pieniędzy! " + run;
        // Delivered before the fill: the open queue is then 20,000 overdue conversations deep in due order.
        String newest = deliverAndFind(run + "-n", complaint);
        String agent = Tokens.forUser("agent1");
        String conversations = RunningStack.url(INBOX) + "/api/v1/conversations";
        assertEquals("complaint", get(agent, conversations + "/" + newest).getString("moment"),
                "enrichment reads the comment as a complaint (the saved view lists complaints)");
        long started = System.nanoTime();
        try (Connection db = RunningStack.inboxDatabase()) {
            InboxFill.QUEUE.fill(db, "acme", FILLED, to -> { });
            assertTrue(InboxFill.QUEUE.count(db) >= FILLED);
        }
        System.out.printf("filled acme's inbox with %,d conversations in %.1f s%n", FILLED,
                (System.nanoTime() - started) / 1e9);
        JsonPath queue = given().header("Authorization", Tokens.bearer(agent)).queryParam("status", "new,open")
                .queryParam("limit", 1).get(conversations).then().statusCode(200).extract().jsonPath();
        assertTrue(queue.getBoolean("totalIsEstimate"), "20,000 open: an estimate");
        assertTrue(queue.getLong("total") > 10_000, "total " + queue.getLong("total"));

        String viewName = "Skargi, najnowsze " + run;
        String reply = "Przepraszamy! Sprawdzamy paczkę i odezwiemy się dziś.";
        Map<String, String> vars = new HashMap<>();
        vars.put("RUN", run);
        vars.put("NEWEST_ID", newest);
        vars.put("NEWEST_TEXT", complaint);
        vars.put("VIEW_NAME", viewName);
        vars.put("REPLY_TEXT", reply);
        JsonNode result = scenario("inbox-at-scale", vars);

        // The count the screen showed is the API's: an estimate, written "about … K".
        assertTrue(result.path("queueCount").asText().startsWith("about "), result.path("queueCount").asText());
        // Newest first: the comment that just arrived is first, ahead of 100,000 older ones.
        assertEquals(newest, result.path("firstNewest").asText());
        // The view is agent1's own, with its filters, order and count.
        List<Map<String, Object>> views = given().header("Authorization", Tokens.bearer(agent))
                .queryParam("limit", 200).get(RunningStack.url(INBOX) + "/api/v1/brands/acme/views").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> view = views.stream().filter(v -> viewName.equals(v.get("name"))).findFirst().orElseThrow();
        assertEquals("personal", view.get("scope"));
        assertEquals("newest", view.get("sort"));
        assertEquals(Map.of("status", "new,open", "moment", "complaint"), view.get("filters"));
        assertTrue(((Number) view.get("total")).longValue() >= FILLED / 20, "its count: " + view.get("total"));
        assertTrue(result.path("viewOption").asText().startsWith(viewName + " · "), result.path("viewOption").asText());

        // Answered from the keyboard alone, by agent1, with the text typed.
        JsonPath detail = await().atMost(Duration.ofSeconds(30)).until(() -> get(agent, conversations + "/" + newest),
                d -> "answered".equals(d.getString("status")));
        assertEquals(reply, detail.getString("replies[0].text"));
        assertEquals("agent1", detail.getString("replies[0].author"));
        int shortcuts = result.path("keyPresses").path("shortcuts").asInt();
        int typed = result.path("keyPresses").path("typed").asInt();
        System.out.printf("the reply from the keyboard alone: %d shortcut key presses + %d typed characters%n",
                shortcuts, typed);
        assertEquals(3, shortcuts, "j, r, Ctrl+Enter");
        assertEquals(reply.length(), typed);
        assertTrue(result.path("focusAfterOpen").asText().equals("conversation-heading"),
                "Enter/j moves the focus to the conversation: " + result.path("focusAfterOpen"));

        assertScreenshots(result, "scale-01-queue-due", "scale-02-newest-first", "scale-03-compact",
                "scale-04-saved-view", "scale-05-answered-from-the-keyboard", "scale-06-shortcuts");

        given().header("Authorization", Tokens.bearer(agent))
                .delete(RunningStack.url(INBOX) + "/api/v1/brands/acme/views/" + view.get("id")).then().statusCode(204);
    }

    private static JsonPath get(String token, String url) {
        return given().header("Authorization", Tokens.bearer(token)).get(url).then().statusCode(200).extract()
                .jsonPath();
    }
}
