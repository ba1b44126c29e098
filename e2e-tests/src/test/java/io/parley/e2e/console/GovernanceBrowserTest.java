package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's governance screens in a real browser (approvals, the complaint library, incidents and the crisis
 * banner; scenarios {@code browser-tests/scenarios/gov-*.mjs}) against the started stack. What the test sets up
 * it makes through the inbox's API with real tokens; what the browser changed is checked again through it.
 */
@ExtendWith(RunningStack.class)
class GovernanceBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)))
                .baseUri(RunningStack.url(INBOX)).contentType(ContentType.JSON);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Letters only (the run's hex digits as letters): one word to the stemmers, found in no other case. */
    private static String word(String run) {
        StringBuilder w = new StringBuilder();
        for (char c : run.toCharArray()) {
            w.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return w.toString();
    }

    @Test
    void anApproverApprovesCompensationAboveAnAgentsLimitWithAReasonAndTheLedgerShowsIt() throws Exception {
        String run = run();
        String text = "Paczka zaginęła, a to był prezent dla mamy 😢 " + run;
        String conversation = deliverAndFind(run + "-approval", text);
        // 1,234.56 EUR and more: above any agent limit the stack has (the demo's is 50 EUR)
        long amount = 123_456 + (long) (Math.random() * 1000);
        // agent1 answers in public first, then asks for a refund with the reply that will carry it
        String reply = "Bardzo przepraszamy — sprawdzamy, co stało się z paczką. " + run;
        as("agent1").body(Map.of("text", reply)).post("/api/v1/conversations/" + conversation + "/replies")
                .then().statusCode(201);
        String draft = "Zwracamy całą kwotę, pieniądze wrócą na kartę w 3 dni 💳 " + run;
        JsonPath offer = as("agent1").body(Map.of("kind", "refund", "amountMinor", amount, "currency", "EUR",
                        "note", "Zwrot za zgubioną paczkę — Ελπίζω να βοηθήσει 🎁", "reply", draft))
                .post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("pending_approval", offer.getString("status"), "above agent1's limit it waits for an approver");
        String offerId = offer.getString("id");
        // manager1 (also an approver) asks above their own limit: they may not approve it themselves
        String own = as("manager1").body(Map.of("kind", "gift", "amountMinor", 9_900_000, "currency", "EUR"))
                .post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(201).extract().jsonPath().getString("id");

        String reason = "Zgubiona przesyłka: zwrot w całości — εντάξει ✅ " + run;
        List<Map<String, Object>> limitsBefore = as("manager1").get("/api/v1/brands/acme/compensation/limits")
                .then().statusCode(200).extract().jsonPath().getList("limits");
        String trainee = "stażysta-" + run;
        try {
            JsonNode result = scenario("gov-approvals", Map.of("OFFER_ID", offerId, "OWN_OFFER_ID", own,
                    "CUSTOMER_TEXT", text, "REPLY_TEXT", reply, "DRAFT_TEXT", draft, "REASON", reason,
                    "LIMIT_USER", trainee, "LIMIT_AMOUNT", "123,45"));
            assertTrue(result.path("thread").asText().contains(reply), "the thread with the brand's reply: "
                    + result.path("thread"));
            assertTrue(result.path("agentTold").asText().contains(reason), "agent1 told, with the reason: "
                    + result.path("agentTold"));
            assertTrue(result.path("ownRefusal").asText().contains("yourself"),
                    "the service's words for one's own request: " + result.path("ownRefusal"));
            assertTrue(result.path("totals").asText().contains("EUR"), "totals per currency: " + result.path("totals"));

            JsonPath decided = as("manager1").get("/api/v1/brands/acme/compensation/offers/" + offerId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("approved", decided.getString("status"));
            assertEquals("approver1", decided.getString("decidedBy"));
            assertEquals(reason, decided.getString("decisionComment"), "the reason exactly as typed");
            // the conversation's own audit trail keeps the request and the decision, who decided and why
            JsonPath trail = as("agent1").get("/api/v1/conversations/" + conversation + "/audit").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("approver1", trail.getString("items.find { it.action == 'compensation_approved' && "
                    + "it.details.offerId == '" + offerId + "' }.actor"));
            assertEquals(reason, trail.getString("items.find { it.action == 'compensation_approved' && "
                    + "it.details.offerId == '" + offerId + "' }.details.reason"));
            assertEquals("agent1", trail.getString("items.find { it.action == 'compensation_requested' && "
                    + "it.details.offerId == '" + offerId + "' }.actor"));
            JsonPath ledger = as("manager1").queryParam("status", "approved")
                    .get("/api/v1/brands/acme/compensation/ledger").then().statusCode(200).extract().jsonPath();
            assertTrue(ledger.getList("items.id").contains(offerId));
            assertEquals("pending_approval", as("manager1").get("/api/v1/brands/acme/compensation/offers/" + own)
                    .then().statusCode(200).extract().jsonPath().getString("status"), "own request still waiting");
            // the manager's table: what was there, and the trainee's own limit of 123.45 PLN in minor units
            JsonPath limits = as("approver1").get("/api/v1/brands/acme/compensation/limits").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(12345, limits.getLong("limits.find { it.user == '" + trainee + "' && it.currency == 'PLN' }"
                    + ".amountMinor"));
            assertEquals(limitsBefore.size() + 1, limits.getList("limits").size(), "the other limits kept");
            assertScreenshots(result, "gov-01-approvals-queue", "gov-02-approvals-decided", "gov-03-approvals-ledger",
                    "gov-04-approvals-limits-read", "gov-04b-approvals-agent-told", "gov-05-approvals-own-request",
                    "gov-06-approvals-limits-manager");
        } finally {
            // the queue of later runs stays short
            as("approver1").body(Map.of("comment", "test run " + run)).post("/api/v1/brands/acme/compensation/offers/"
                    + own + "/reject");
            as("manager1").body(Map.of("limits", limitsBefore)).put("/api/v1/brands/acme/compensation/limits");
        }
    }

    @Test
    void aManagerOpensAnIncidentByHandAndAnAgentAnswersItsConversationsTogether() throws Exception {
        String run = run();
        String team = "kryzys";
        as("manager1").body(Map.of("strategy", "round-robin", "members", List.of(member("agent1"), member("manager1"))))
                .put("/api/v1/brands/acme/teams/" + team).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        String polish = "Płatności kartą nie przechodzą od rana! 😡 " + run;
        String greek = "Η πληρωμή απέτυχε ξανά, τι συμβαίνει; " + run;
        String unrelated = "Dziękuję za szybką dostawę 💐 " + run;
        String polishId = deliverAndFind(run + "-pl", polish);
        String greekId = deliverAndFind(run + "-el", greek);
        String unrelatedId = deliverAndFind(run + "-other", unrelated);

        String title = "Awaria płatności — πρόβλημα πληρωμών ⚠ " + run;
        String statement = "Przepraszamy: awaria płatności jest naprawiona. Η πληρωμή λειτουργεί ξανά 🙏 " + run;
        String incidentId = null;
        try {
            JsonNode result = scenario("gov-incident", Map.of("INCIDENT_TITLE", title,
                    "INCIDENT_TERMS", "płatność, płatności, πληρωμή", "RELATED_TEXTS", JSON.writeValueAsString(List.of(polish, greek)),
                    "UNRELATED_TEXT", unrelated, "TEAM", team, "STATEMENT", statement,
                    "RESOLUTION", "Płatności działają od 10:40 — λύθηκε ✔"));
            incidentId = result.path("incidentId").asText();
            assertTrue(result.path("bannerText").asText().contains(title), "banner: " + result.path("bannerText"));

            JsonPath incident = as("manager1").get("/api/v1/brands/acme/incidents/" + incidentId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(title, incident.getString("title"), "the title exactly as typed");
            assertEquals("manual", incident.getString("source"));
            assertEquals("manager1", incident.getString("openedBy"));
            assertEquals("closed", incident.getString("state"), "manager1 closed it in the browser");
            assertEquals("Płatności działają od 10:40 — λύθηκε ✔", incident.getString("resolution"));
            List<Map<String, Object>> actions = as("agent1").get("/api/v1/brands/acme/incidents/" + incidentId
                    + "/actions").then().statusCode(200).extract().jsonPath().getList("items");
            assertTrue(actions.stream().anyMatch(a -> "hide".equals(a.get("action"))
                    && "manager1".equals(a.get("doneBy")) && String.valueOf(a.get("detail")).contains("spam")),
                    "the incident-wide hide is recorded: " + actions);
            assertTrue(actions.stream().anyMatch(a -> "close".equals(a.get("action"))), "closed: " + actions);
            List<String> gathered = as("agent1").get("/api/v1/brands/acme/incidents/" + incidentId + "/conversations?limit=200")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            assertTrue(gathered.containsAll(List.of(polishId, greekId)), "gathered: " + gathered);
            assertFalse(gathered.contains(unrelatedId), "the thanks is no part of the payment incident");

            for (String id : List.of(polishId, greekId)) {
                JsonPath ownership = as("agent1").get("/api/v1/conversations/" + id + "/ownership")
                        .then().statusCode(200).extract().jsonPath();
                assertEquals("agent1", ownership.getString("assignee"));
                assertEquals(team, ownership.getString("team"));
                List<Map<String, Object>> audit = as("agent1").get("/api/v1/conversations/" + id + "/audit")
                        .then().statusCode(200).extract().jsonPath()
                        .getList("items.findAll { it.action == 'grouped_answer' }");
                assertEquals(1, audit.size(), "one grouped answer on " + id);
                assertEquals("agent1", audit.get(0).get("actor"));
                String grouped = String.valueOf(((Map<?, ?>) audit.get(0).get("details")).get("groupedAnswerId"));
                JsonPath answer = as("agent1").get("/api/v1/brands/acme/grouped-answers/" + grouped)
                        .then().statusCode(200).extract().jsonPath();
                assertEquals(statement, answer.getString("text"), "the statement exactly as typed");
                assertTrue(answer.getList("posts.conversationIds.flatten()").containsAll(List.of(polishId, greekId)));
            }
            assertScreenshots(result, "gov-07-incident-open-form", "gov-08-incident-opened",
                    "gov-09-inbox-crisis-banner", "gov-10-incident-bulk-selected", "gov-11-incident-answered",
                    "gov-12-incident-closed");
        } finally {
            // an incident left open would put the crisis banner on every other test's screens
            as("manager1").queryParam("state", "open").get("/api/v1/brands/acme/incidents").then().extract()
                    .jsonPath().getList("items.findAll { it.title.endsWith('" + run + "') }.id", String.class)
                    .forEach(id -> as("manager1").body("{}").post("/api/v1/brands/acme/incidents/" + id + "/close"));
        }
    }

    private static Map<String, Object> member(String user) {
        return Map.of("user", user, "schedule", List.of(Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "from", "00:00", "to", "23:59", "timeZone", "UTC")));
    }

    @Test
    void aComplaintCaseRecordedThroughTheApiIsFoundByAPolishSearch() throws Exception {
        String run = run();
        String code = "zamówienie" + word(run);
        String text = "Kurier zgubił moją przesyłkę z zamówieniem " + code + " 📦";
        String conversation = deliverAndFind(run + "-complaint", text);
        String problem = "Zgubiona przesyłka kurierska, " + code;
        String settlement = "Wysłaliśmy nową paczkę ekspresem i bon 25 zł — Дякуємо! ✨";
        String caseId = as("agent1").body(Map.of("category", "dostawa", "problem", problem, "settlement", settlement))
                .post("/api/v1/conversations/" + conversation + "/complaint-case")
                .then().statusCode(201).extract().jsonPath().getString("id");
        // another inflected form of the words: "przesyłki" (genitive) for "przesyłka"
        String query = "zgubionej przesyłki " + code;
        await().atMost(Duration.ofSeconds(10)).until(() -> caseId.equals(as("agent1").queryParam("q", query)
                .queryParam("lang", "pl").get("/api/v1/brands/acme/complaints").then().statusCode(200).extract()
                .jsonPath().getString("items[0].complaintCase.id")));

        JsonNode result = scenario("gov-complaints", Map.of("QUERY", query, "PROBLEM", problem,
                "SETTLEMENT", settlement, "CASE_ID", caseId));
        assertEquals(caseId, result.path("firstId").asText());
        assertTrue(result.path("detailText").asText().contains(settlement), "the case detail: " + result);
        JsonPath stored = as("agent1").get("/api/v1/brands/acme/complaints/" + caseId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(problem, stored.getString("problem"));
        assertEquals(settlement, stored.getString("settlement"));
        assertScreenshots(result, "gov-13-complaints-newest", "gov-14-complaints-search-pl", "gov-15-complaints-case",
                "gov-16-complaints-advocates");
    }
}
