package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.PostWorkflow;
import io.parley.e2e.RunningStack;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.channelAccount;
import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console used in Polish end to end (issue 21, item 10): an agent, a manager and an approver each pick "Polski"
 * in the header of an en-GB browser and work their screens — inbox, incidents, complaint library, standards (a
 * response-time target of 0 refused beside the field), calendar and a story, approvals and the ledger. The scenario
 * fails on English interface words left on a screen or on any WCAG 2.1 AA violation; a screenshot of each screen is
 * kept in e2e-tests/target/screenshots/pl-*.png.
 */
@ExtendWith(RunningStack.class)
class ConsoleInPolishBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void theConsoleReadsInPolishOnEveryScreenAndRefusesATargetOfZeroBesideTheField() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        // a conversation for the agent's inbox and the incident
        String text = "Płatność kartą nie przechodzi, zamówienie wisi " + run;
        String conversation = deliverAndFind("pl-" + run, text);
        String incidentTitle = "Awaria płatności " + run;
        String incidentId = given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("title", incidentTitle, "terms", List.of(run),
                        "from", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "to", Instant.now().plusSeconds(5).toString()))
                .post(RunningStack.url(INBOX) + "/api/v1/brands/acme/incidents")
                .then().statusCode(201).extract().jsonPath().getString("id");
        // a story planned in three days, for the calendar and the story screen
        Instant planned = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String storyTitle = "Jesienna kolekcja " + run;
        String storyId = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", storyTitle, "variants", List.of(Map.of("channelAccount", channelAccount("facebook"),
                        "text", "Nowa kolekcja już w sklepie 🍂 " + run, "scheduledFor", planned.toString()))))
                .post(PostWorkflow.calendar("/stories")).then().statusCode(201).extract().jsonPath().getString("id");
        String zone = given().header("Authorization", bearer("manager1"))
                .get(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/standards").then().statusCode(200)
                .extract().jsonPath().getString("catalogue.responseTargets.timeZone");
        String plannedDay = planned.atZone(zone == null ? ZoneOffset.UTC : java.time.ZoneId.of(zone)).toLocalDate().toString();
        long versionBefore = given().header("Authorization", bearer("manager1"))
                .get(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/standards").then().statusCode(200)
                .extract().jsonPath().getLong("latestVersion");
        try {
            JsonNode result = scenario("console-in-polish", Map.of("STORY_ID", storyId, "STORY_TITLE", storyTitle,
                    "PLANNED_DAY", plannedDay, "INCIDENT_TITLE", incidentTitle));

            assertTrue(result.path("inboxNavigation").asText().contains("Skrzynka"), result.path("inboxNavigation").asText());
            assertTrue(result.path("zeroTargetError").asText().matches("(?s).*musi być od 1 do 43[\\s\\u00a0\\u202f]200, a nie 0.*"),
                    "the refusal beside the field: " + result.path("zeroTargetError"));
            assertTrue(result.path("zeroTargetProblem").asText().contains("Nie zapisano"), result.path("zeroTargetProblem").asText());
            // the impact before saving, in words: "Domyślny cel (minuty): 1 godz. → 0 s"
            assertTrue(result.path("impact").asText().matches("(?s).*Domyślny cel \\(minuty\\): .+ → 0 s.*"),
                    "the impact before saving: " + result.path("impact"));
            assertTrue(result.path("complaintsCount").asText().contains("od najnowszej"), result.path("complaintsCount").asText());
            assertTrue(result.path("calendarHeader").asText().contains("pon"), result.path("calendarHeader").asText());
            assertTrue(result.path("ledgerHasPolishDate").asBoolean(), "the ledger's dates are Polish");
            // The refused target was never saved: the standards keep their version.
            assertEquals(versionBefore, given().header("Authorization", bearer("manager1"))
                    .get(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/standards").then().statusCode(200)
                    .extract().jsonPath().getLong("latestVersion"), "a target of 0 is not saved");
            assertFalse(result.path("incident").asText().isBlank());
            assertScreenshots(result, "pl-01-inbox-agent", "pl-02-incidents", "pl-03-complaints",
                    "pl-04-standards-target-0", "pl-05-calendar", "pl-06-story", "pl-07-approvals", "pl-08-approvals-ledger");
        } finally {
            given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("{}")
                    .post(RunningStack.url(INBOX) + "/api/v1/brands/acme/incidents/" + incidentId + "/close");
            assertFalse(conversation.isBlank());
        }
    }
}
