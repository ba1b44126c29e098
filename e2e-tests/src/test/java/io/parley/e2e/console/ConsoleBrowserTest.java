package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.e2e.RunningStack;
import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The web console in a real browser (Debian's headless Chromium driven by playwright-core, see
 * {@code console/src/main/webui/browser-tests/console-scenarios.mjs}) against the started stack, signing
 * in on Keycloak's own login page. What the browser saw is checked in the browser; what it changed is
 * checked again here through the services' APIs. Screenshots of each screen land in
 * {@code e2e-tests/target/screenshots}.
 */
@ExtendWith(RunningStack.class)
class ConsoleBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void anAgentAnswersACommentThatArrivedByWebhookAndItLeavesTheOpenQueue() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String comment = "Γεια σας! Gdzie jest moja paczka? Где посылка? 📦 " + run;
        String reply = "Dziękujemy — sprawdzamy! Спасибо ❤ " + run;
        String conversationId = deliverAndFind(run + "-console", comment);

        String liveText = "Живой вопрос: где заказ? ✨ " + run;
        String liveWebhook = DemoData.feedComment(run + "-live", "Ολυμπία", liveText, Instant.now().getEpochSecond());

        JsonNode result = scenario("agent-answers", Map.of("COMMENT_TEXT", comment, "REPLY_TEXT", reply,
                "LIVE_TEXT", liveText, "INGEST_URL", RunningStack.url(INGEST), "LIVE_WEBHOOK_BODY", liveWebhook,
                "LIVE_WEBHOOK_SIGNATURE", Signatures.metaSha256(DemoData.META_APP_SECRET, liveWebhook)));
        List<String> screens = new ArrayList<>();
        result.path("navigation").forEach(n -> screens.add(n.asText()));
        assertEquals(List.of("Inbox", "Complaint library", "Incidents", "Standards", "Calendar", "Analytics"), screens, "an agent's screens");

        // What the browser did, seen through the inbox's API: answered, with the reply exactly as typed.
        String agent = Tokens.forUser("agent1");
        JsonPath detail = given().header("Authorization", Tokens.bearer(agent))
                .get(RunningStack.url(INBOX) + "/api/v1/conversations/" + conversationId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("answered", detail.getString("status"));
        assertEquals(reply, detail.getString("replies[0].text"));
        assertEquals("agent1", detail.getString("replies[0].author"));
        List<String> open = given().header("Authorization", Tokens.bearer(agent))
                .queryParam("status", "new,open").queryParam("limit", 200)
                .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(open.contains(conversationId));
        assertScreenshots(result, "01-inbox-queue", "02-inbox-conversation-composing", "03-inbox-answered",
                "04-analytics-agent");
    }

    @Test
    void aManagerChangesAResponseTimeTargetAndAStaleTabIsToldOfTheConflict() throws Exception {
        String manager = Tokens.forUser("manager1");
        String standards = RunningStack.url(STANDARDS) + "/api/v1/brands/acme/standards";
        String targets = RunningStack.url(STANDARDS) + "/api/v1/brands/acme/response-targets";
        int minutes = 21 + (int) (Math.random() * 40);
        String comment = "Szybciej na Facebooku: " + minutes + " minut ⏱ Быстрее";
        // The form shows section 9's targets; make sure Facebook's first response at normal priority has one.
        JsonPath view = given().header("Authorization", Tokens.bearer(manager)).get(targets)
                .then().statusCode(200).extract().jsonPath();
        if (view.getList("targets.findAll { it.platform == 'facebook' }").isEmpty()) {
            given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                    .body(Map.of("defaultMinutes", 60, "targets", List.of(Map.of("platform", "facebook",
                            "firstResponseMinutes", 30))))
                    .put(targets).then().statusCode(200);
        }
        long latestBefore = given().header("Authorization", Tokens.bearer(manager)).get(standards)
                .then().statusCode(200).extract().jsonPath().getLong("latestVersion");

        // Something on the calendar of this week and month, as an editor would plan it: a story with one variant
        // on the brand's first channel account, an hour from now.
        String title = "Χειμερινή συλλογή ❄ " + UUID.randomUUID().toString().substring(0, 6);
        String editor = Tokens.bearer(Tokens.forUser("editor1"));
        String account = given().header("Authorization", editor).queryParam("brand", "acme")
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/channels").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        Instant planned = Instant.now().plus(Duration.ofHours(1));
        String zone = given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("title", title, "variants", List.of(Map.of("channelAccount", account,
                        "text", "Nowa kolekcja 📦 Χειμώνας", "scheduledFor", planned.toString()))))
                .post(RunningStack.url(CALENDAR) + "/api/v1/brands/acme/stories").then().statusCode(201)
                .extract().jsonPath().getString("variants[0].timeZone");
        String plannedDay = planned.atZone(java.time.ZoneId.of(zone)).toLocalDate().toString();

        JsonNode result = scenario("manager-changes-target", Map.of("FACEBOOK_MINUTES", Integer.toString(minutes),
                "TARGET_COMMENT", comment, "STORY_TITLE", title, "PLANNED_DAY", plannedDay));
        List<String> events = new ArrayList<>();
        result.path("calendarEvents").forEach(e -> events.add(e.asText()));
        assertTrue(events.stream().anyMatch(e -> e.contains(title)), "the story on the calendar: " + events);
        String conflict = result.path("conflict").asText();
        assertTrue(conflict.contains("manager1 saved version " + (latestBefore + 1)) && conflict.contains(comment),
                "the stale tab is told who saved which version: " + conflict);
        assertEquals("7", result.path("kept").asText(), "the stale tab keeps its edit");
        assertEquals(Integer.toString(minutes), result.path("shown").asText());
        assertNotEquals(result.path("before").asText(), result.path("after").asText());

        // One new version (the stale tab's refused), by manager1 with the comment, section 9 changed.
        JsonPath after = given().header("Authorization", Tokens.bearer(manager)).get(standards)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(latestBefore + 1, after.getLong("version"));
        assertEquals(latestBefore + 1, after.getLong("latestVersion"), "the stale tab's save was refused");
        assertEquals("manager1", after.getString("author"));
        assertEquals(comment, after.getString("comment"));
        assertEquals(minutes, after.getInt("catalogue.responseTargets.targets.find { it.channel == 'facebook' && "
                + "it.momentOfTruth == 'first-response' && it.priority == 'normal' }.minutes"));
        // ... and the response-targets view of section 9 (what earlier clients read) says the same.
        assertEquals(minutes, given().header("Authorization", Tokens.bearer(manager)).get(targets)
                .then().statusCode(200).extract().jsonPath()
                .getInt("targets.find { it.platform == 'facebook' }.firstResponseMinutes"));
        // It takes effect: a comment arriving now is due that many minutes after it was received.
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            String id = deliverAndFind(UUID.randomUUID().toString().substring(0, 8) + "-target",
                    "Kiedy otwieracie sklep w Atenach? Πότε; " + UUID.randomUUID().toString().substring(0, 6));
            JsonPath c = given().header("Authorization", Tokens.bearer(manager))
                    .get(RunningStack.url(INBOX) + "/api/v1/conversations/" + id).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(Duration.ofMinutes(minutes), Duration.between(Instant.parse(c.getString("receivedAt")),
                    Instant.parse(c.getString("dueAt"))), "a new Facebook conversation's due time");
        });
        assertScreenshots(result, "05-standards-before", "06-standards-saved", "07-standards-conflict", "08-calendar-month",
                "09-calendar-week", "10-analytics", "11-inbox-manager");
    }

}
