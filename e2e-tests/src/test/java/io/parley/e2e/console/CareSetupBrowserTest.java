package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The care setup screen in headless Chromium against the started stack: manager1 adds a rule sending Polish
 * conversations to a day team, sees its nights as gaps in the coverage report, adds a night rota (22:00-06:00) to the
 * team and sees the gap close; then writes a saved reply in Polish and previews it for a Polish customer. The inbox's
 * API is asked afterwards whether it holds exactly that; acme's rules are put back as they were.
 */
@ExtendWith(RunningStack.class)
class CareSetupBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerBuildsANightRotaAndARuleSeesTheGapCloseAndPreviewsASavedReplyInPolish() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String team = "day-" + suffix;
        String rule = "Polish to " + team;
        String title = "Opóźniona przesyłka " + suffix;
        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        String inbox = RunningStack.url(INBOX) + "/api/v1/brands/acme";
        ConsoleScenarios.ensureDefaultTeam(manager);
        given().header("Authorization", manager).contentType(ContentType.JSON).body("""
                {"strategy":"round-robin","members":[{"user":"agent1","schedule":[{"days":["MONDAY","TUESDAY",
                 "WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],"from":"06:00","to":"22:00","timeZone":"UTC"}]}]}""")
                .put(inbox + "/teams/" + team).then().statusCode(201);
        String rulesBefore = given().header("Authorization", manager).get(inbox + "/assignment-rules").then()
                .statusCode(200).extract().asString();
        String replyId = null;
        try {
            JsonNode result = scenario("care-setup-night-rota", Map.of("TEAM", team, "RULE", rule, "TITLE", title));

            assertTrue(result.path("gapBefore").asText().contains("every day 00:00–06:00 and 22:00–24:00"),
                    result.path("gapBefore").asText());
            assertTrue(result.path("gapRowsBefore").asInt() >= 4, "each moment of Polish is a gap at night");
            assertEquals("Someone is on duty every hour of the week.", result.path("rota").asText());
            assertEquals(0, result.path("gapRowsAfter").asInt(), "the night rota closed the rule's gaps");
            assertTrue(result.path("previewPl").asText().startsWith("Dzień dobry "), result.path("previewPl").asText());
            assertTrue(result.path("previewPl").asText().endsWith("Pozdrawiamy, acme"), result.path("previewPl").asText());
            assertTrue(!result.path("previewPl").asText().contains("{"), "every variable filled");
            assertScreenshots(result, "setup-01-rule-and-gaps", "setup-02-night-rota", "setup-03-gap-closed",
                    "setup-04-saved-reply-preview");

            // what the inbox holds now: the rule first, manager1's night shift, the Polish reply with its variables
            assertEquals(rule, given().header("Authorization", manager).get(inbox + "/assignment-rules").then()
                    .statusCode(200).extract().jsonPath().getString("rules[0].name"));
            List<Map<String, Object>> members = given().header("Authorization", manager).get(inbox + "/teams/" + team)
                    .then().statusCode(200).extract().jsonPath().getList("members");
            assertEquals(List.of("agent1", "manager1"), members.stream().map(m -> m.get("user")).toList());
            assertEquals(0, given().header("Authorization", manager).queryParam("timeZone", "UTC")
                    .queryParam("languages", "pl").get(inbox + "/assignment-coverage").then().statusCode(200)
                    .extract().jsonPath().getList("gaps.findAll { it.rule == '" + rule + "' }").size());
            Map<String, Object> reply = given().header("Authorization", manager).queryParam("language", "pl")
                    .queryParam("limit", 200).get(inbox + "/saved-replies").then().statusCode(200).extract().jsonPath()
                    .getMap("items.find { it.title == '" + title + "' }");
            replyId = (String) reply.get("id");
            assertEquals("Dzień dobry {author.firstName}! Przepraszamy za opóźnienie, sprawdzamy przesyłkę. "
                    + "Pozdrawiamy, {brand}", reply.get("body"));
            assertEquals("Przeproś raz, podaj następny krok.", reply.get("guidance"));
        } finally {
            given().header("Authorization", manager).contentType(ContentType.JSON).body(rulesBefore)
                    .put(inbox + "/assignment-rules").then().statusCode(200);
            given().header("Authorization", manager).delete(inbox + "/teams/" + team).then().statusCode(204);
            if (replyId != null) {
                given().header("Authorization", manager).delete(inbox + "/saved-replies/" + replyId).then()
                        .statusCode(204);
            }
        }
    }
}
