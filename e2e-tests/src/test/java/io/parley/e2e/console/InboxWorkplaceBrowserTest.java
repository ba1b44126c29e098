package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox as a community manager's workplace, in a real browser against the started stack
 * ({@code browser-tests/scenarios/inbox-workplace.mjs}): agent1 finds Polish, Greek and Russian complaints that
 * arrived by webhook, sees the brand's standards findings inline as they type, applies the fixes, uses a saved
 * reply and sends; writes a note for manager1; reassigns to manager1; offers compensation above their limit;
 * hides an abusive comment and undoes it; answers three conversations with one statement; and manager1, in a
 * second browser, sees that agent1 is answering (agent2 of the realm works for globex only, so cannot see an
 * acme conversation). Every result is checked again here through the inbox's API.
 */
@ExtendWith(RunningStack.class)
class InboxWorkplaceBrowserTest {

    private static final String BRAND = "acme";
    private static final String SAVED_TITLE = "Reklamacja przesyłki (zdenerwowany klient)";
    private static final String SAVED_BODY = "{author.firstName}, bardzo przepraszamy — sprawdzamy Twoją przesyłkę "
            + "i odezwiemy się tutaj jeszcze dziś.";

    @BeforeAll
    static void brandReady() {
        ConsoleScenarios.consoleUrl();
        String manager = Tokens.forUser("manager1");
        String inbox = RunningStack.url(INBOX) + "/api/v1/brands/" + BRAND;
        // agent1 and manager1 on duty around the clock in the default team, so conversations go to them by the rule.
        String allWeek = "[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\","
                + "\"SUNDAY\"],\"from\":\"00:00\",\"to\":\"00:00\",\"timeZone\":\"Europe/Warsaw\"}]";
        given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                .body("{\"strategy\":\"round-robin\",\"default\":true,\"managers\":[\"manager1\"],\"members\":["
                        + "{\"user\":\"agent1\",\"schedule\":" + allWeek + "},{\"user\":\"manager1\",\"schedule\":"
                        + allWeek + "}]}")
                .put(inbox + "/teams/care").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                .body("{\"rules\":[{\"name\":\"Everything to care\",\"match\":{},\"team\":\"care\"}]}")
                .put(inbox + "/assignment-rules").then().statusCode(200);
        // Agents may give 50 EUR on their own; more waits for an approver.
        given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                .body("{\"limits\":[{\"role\":\"agent\",\"currency\":\"EUR\",\"amountMinor\":5000},"
                        + "{\"role\":\"manager\",\"currency\":\"EUR\",\"amountMinor\":50000}]}")
                .put(inbox + "/compensation/limits").then().statusCode(200);
        // A Polish saved reply for angry customers, with tone guidance.
        List<String> titles = given().header("Authorization", Tokens.bearer(manager)).queryParam("language", "pl")
                .queryParam("limit", 200).get(inbox + "/saved-replies").then().statusCode(200).extract().jsonPath()
                .getList("items.title");
        if (!titles.contains(SAVED_TITLE)) {
            given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                    .body(Map.of("language", "pl", "title", SAVED_TITLE, "body", SAVED_BODY, "sentiment", "negative",
                            "guidance", "Przeproś raz, bez tłumaczenia się; podaj następny krok i termin."))
                    .post(inbox + "/saved-replies").then().statusCode(201);
        }
        // The demo catalogue, whose content section forbids "darmowy" (block) among others.
        String standards = RunningStack.url(STANDARDS) + "/api/v1/brands/" + BRAND + "/standards";
        Response current = given().header("Authorization", Tokens.bearer(manager)).get(standards);
        current.then().statusCode(200);
        if (!current.asString().contains("pl-darmowy")) {
            given().header("Authorization", Tokens.bearer(manager)).header("If-Match", current.header("ETag"))
                    .contentType(ContentType.JSON)
                    .body("{\"comment\": \"The Acme standards for the inbox browser test\", \"catalogue\": "
                            + DemoData.ACME_STANDARDS + "}")
                    .put(standards).then().statusCode(200);
        }
    }

    @Test
    void anAgentWorksTheInboxFromFindingToGroupedAnswerAndAColleagueSeesThemAnswering() throws Exception {
        String run = "run" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String complaint = "Zamówienie miało być wczoraj, a paczki dalej nie ma! Jestem bardzo zła. Ζωή 📦 " + run;
        String abusive = "Jesteście idiotami, oszuści! Верните деньги 😡 " + run;
        String answering = "Где мой заказ? Жду уже неделю 📦 " + run;
        String[] outage = {
            "Aplikacja nie działa od rana, nie mogę zapłacić " + run,
            "Η εφαρμογή δεν λειτουργεί, δεν μπορώ να πληρώσω " + run,
            "Приложение не работает, не могу оплатить " + run};

        String complaintId = deliverAndFind(run + "-a", complaint);
        String abusiveId = deliverAndFind(run + "-b", abusive);
        String answeringId = deliverAndFind(run + "-c", answering);
        String[] outageIds = new String[3];
        for (int i = 0; i < 3; i++) {
            outageIds[i] = deliverAndFind(run + "-o" + i, outage[i]);
        }

        Map<String, String> vars = new HashMap<>();
        vars.put("RUN", run);
        vars.put("COMPLAINT_ID", complaintId);
        vars.put("COMPLAINT_TEXT", complaint);
        vars.put("ABUSIVE_ID", abusiveId);
        vars.put("ABUSIVE_TEXT", abusive);
        vars.put("ANSWERING_ID", answeringId);
        vars.put("OUTAGE_IDS", String.join(",", outageIds));
        vars.put("SAVED_TITLE", SAVED_TITLE);
        JsonNode result = scenario("inbox-workplace", vars);

        String agent = Tokens.forUser("agent1");
        String conversations = RunningStack.url(INBOX) + "/api/v1/conversations/";

        // The reply went out exactly as the browser last showed it: fixed, with the saved reply, by agent1.
        String sent = result.path("sentText").asText();
        assertFalse(sent.contains("darmow"), sent);
        assertFalse(sent.contains("prywatnie"), sent);
        assertTrue(sent.contains("bardzo przepraszamy"), "the saved reply is in: " + sent);
        JsonPath detail = await().atMost(Duration.ofSeconds(30)).until(() -> get(agent, conversations + complaintId),
                d -> "answered".equals(d.getString("status")));
        assertEquals(sent, detail.getString("replies[0].text"));
        assertEquals("agent1", detail.getString("replies[0].author"));

        // The note, with manager1 mentioned.
        JsonPath notes = get(agent, conversations + complaintId + "/notes");
        assertEquals(result.path("noteText").asText(), notes.getString("items[0].text"));
        assertEquals(List.of("manager1"), notes.getList("items[0].mentioned"));
        assertEquals("agent1", notes.getString("items[0].author"));

        // Reassigned to manager1 by hand, by agent1.
        JsonPath ownership = get(agent, conversations + complaintId + "/ownership");
        assertEquals("manager1", ownership.getString("assignee"));
        assertEquals("manual", ownership.getString("assignments[-1].reason"));
        assertEquals("agent1", ownership.getString("assignments[-1].assignedBy"));

        // 120 EUR is above the agent's 50 EUR: waiting for an approver.
        JsonPath offers = get(agent, conversations + complaintId + "/compensation");
        assertEquals("pending_approval", offers.getString("items[0].status"));
        assertEquals(12000, offers.getLong("items[0].amountMinor"));
        assertEquals("EUR", offers.getString("items[0].currency"));

        // Hidden as abusive, then the hide undone: both done on the platform, by agent1; the comment is visible.
        JsonPath moderation = get(agent, conversations + abusiveId + "/moderation");
        assertEquals(List.of("hide", "unhide"), moderation.getList("items.action"));
        assertEquals("abusive", moderation.getString("items[0].reason"));
        assertEquals(List.of("agent1", "agent1"), moderation.getList("items.requestedBy"));
        assertEquals(List.of("done", "done"), moderation.getList("items.status"));
        assertEquals("visible", get(agent, conversations + abusiveId).getString("interactions[0].state"));

        // Resolved as a complaint, with the problem and its settlement in the complaint library.
        assertEquals("resolved", get(agent, conversations + abusiveId).getString("status"));
        JsonPath recorded = get(agent, conversations + abusiveId + "/complaint-case");
        assertEquals("obraźliwy komentarz", recorded.getString("category"));
        assertEquals("Klient obraża zespół i żąda zwrotu pieniędzy (возврат денег) " + run, recorded.getString("problem"));
        assertEquals("agent1", recorded.getString("resolvedBy"));

        // One statement for the three: each linked, audited and answered once the post is delivered.
        for (String id : outageIds) {
            JsonPath trail = get(agent, conversations + id + "/audit");
            assertTrue(trail.getList("items.action").contains("grouped_answer"), "grouped answer audited on " + id);
            await().atMost(Duration.ofSeconds(30)).until(() -> get(agent, conversations + id).getString("status"),
                    "answered"::equals);
        }

        // manager1 saw agent1 answering, and the inbox still has agent1's mark.
        assertEquals("agent1 is answering…", result.path("answeringNotice").asText());
        assertEquals("agent1", get(agent, conversations + answeringId + "/ownership").getString("answeringBy"));
        // manager1's send with an override was refused (409 naming agent1): nothing went out.
        assertTrue(result.path("refused").asText().contains("agent1 is answering this conversation"),
                "refusal shown: " + result.path("refused"));
        assertTrue(get(agent, conversations + answeringId).getList("replies").isEmpty(), "no reply was stored");

        assertScreenshots(result, "inbox-w01-search", "inbox-w02-findings", "inbox-w03-fixed-saved-reply",
                "inbox-w04-answered-note-owner-offer", "inbox-w05-hidden", "inbox-w05b-complaint-settlement",
                "inbox-w06-grouped-selection",
                "inbox-w07-colleague-sees-answering", "inbox-w08-colleague-send-refused");

        // Leave the open queue as it was: what this run left waiting is resolved.
        for (String id : List.of(answeringId)) {
            given().header("Authorization", Tokens.bearer(agent)).contentType(ContentType.JSON)
                    .body(Map.of("status", "resolved", "reason", "browser test done"))
                    .put(conversations + id + "/status").then().statusCode(200);
        }
    }

    private static JsonPath get(String token, String url) {
        return given().header("Authorization", Tokens.bearer(token)).get(url)
                .then().statusCode(200).extract().jsonPath();
    }
}
