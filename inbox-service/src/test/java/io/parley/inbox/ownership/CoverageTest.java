package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage report: a manager builds a day rota and a rule, sees the night hours as gaps, adds a night shift
 * (22:00-06:00) and sees the gap close; a language no rule matches is a gap around the clock.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class CoverageTest {

    private static final String WEEK = "2026-12-07"; // no clock change that week in Europe/Athens

    private String team;

    @BeforeEach
    void freshTeam() {
        defaultCareTeam();
        team = "greek-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void noRules() {
        rules("{\"rules\":[]}");
    }

    private static void rules(String json) {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body(json)
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);
    }

    private static String shift(String user, String from, String to) {
        return "{\"user\":\"" + user + "\",\"schedule\":[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\","
                + "\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"timeZone\":\"Europe/Athens\"}]}";
    }

    private static JsonPath coverage(String languages) {
        return given().header("Authorization", bearer("manager1")).queryParam("timeZone", "Europe/Athens")
                .queryParam("week", WEEK).queryParam("platforms", "vk").queryParam("languages", languages)
                .get("/api/v1/brands/acme/assignment-coverage").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aNightShiftClosesTheNightGapsOfTheRuleItServes() {
        assertEquals(201, putTeam(team, "{\"strategy\":\"round-robin\",\"members\":[" + shift("agent1", "06:00", "22:00")
                + "]}"));
        rules("""
                {"rules":[{"name":"Parcels","match":{"keyword":"δέμα"},"team":"care"},
                 {"name":"Greek on VK","match":{"platform":"vk","language":"el"},"team":"%s"}]}""".formatted(team));

        JsonPath day = coverage("el");
        assertEquals("2026-12-07", day.getString("weekStarting"));
        assertEquals(4, day.getInt("combinations"), "vk × four moments × Greek");
        assertEquals(4 * 7 * 16, day.getLong("coveredHours"));
        assertEquals(4 * 7 * 8, day.getLong("gapHours"));
        assertEquals(List.of("Parcels"), day.getList("conditionalRules"), "a keyword rule covers only some");
        List<Map<String, Object>> gaps = day.getList("gaps");
        assertEquals(4 * 7 * 2, gaps.size(), "00-06 and 22-24 each day, for each moment");
        assertTrue(gaps.stream().allMatch(g -> g.get("reason").equals("nobody-on-duty")
                && g.get("rule").equals("Greek on VK") && g.get("team").equals(team)));
        assertTrue(gaps.stream().anyMatch(g -> g.get("day").equals("MONDAY") && g.get("moment").equals("complaint")
                && (int) g.get("fromHour") == 0 && (int) g.get("toHour") == 6));
        assertTrue(gaps.stream().anyMatch(g -> g.get("day").equals("SUNDAY") && g.get("moment").equals("praise")
                && (int) g.get("fromHour") == 22 && (int) g.get("toHour") == 24));

        // the night rota: manager1 from 22:00 to 06:00 the next morning
        assertEquals(200, putTeam(team, "{\"strategy\":\"round-robin\",\"members\":[" + shift("agent1", "06:00", "22:00")
                + "," + shift("manager1", "22:00", "06:00") + "]}"));
        JsonPath night = coverage("el");
        assertEquals(0, night.getLong("gapHours"));
        assertEquals(4 * 7 * 24, night.getLong("coveredHours"));
        assertEquals(List.of(), night.getList("gaps"));

        // Russian on VK: no rule matches it, a gap around the clock (the default team takes it as a reported gap)
        JsonPath both = coverage("el,ru");
        assertEquals(8, both.getInt("combinations"));
        assertEquals(4 * 7 * 24, both.getLong("gapHours"));
        List<Map<String, Object>> russian = both.getList("gaps");
        assertEquals(4 * 7, russian.size());
        assertTrue(russian.stream().allMatch(g -> g.get("language").equals("ru") && g.get("reason")
                .equals("no-rule-matched") && (int) g.get("fromHour") == 0 && (int) g.get("toHour") == 24));
    }

    @Test
    void anHourHalfCoveredIsAGapAndTheHoursAreReadInTheChosenZone() {
        putTeam(team, "{\"strategy\":\"round-robin\",\"members\":[" + shift("agent1", "09:00", "17:30") + "]}");
        rules("{\"rules\":[{\"name\":\"Everything on VK\",\"match\":{\"platform\":\"vk\"},\"team\":\"" + team + "\"}]}");
        // read in Warsaw (an hour behind Athens): on duty 08:00-16:30, so 16:00-17:00 is only half covered
        JsonPath report = given().header("Authorization", bearer("manager1")).queryParam("timeZone", "Europe/Warsaw")
                .queryParam("week", "2026-12-09").queryParam("platforms", "vk").queryParam("languages", "pl")
                .get("/api/v1/brands/acme/assignment-coverage").then().statusCode(200)
                .body("weekStarting", equalTo("2026-12-07")).body("timeZone", equalTo("Europe/Warsaw"))
                .extract().jsonPath();
        assertEquals(4 * 7 * 8, report.getLong("coveredHours"), "08:00-16:00 each day");
        List<Map<String, Object>> tuesday = report.<Map<String, Object>>getList("gaps").stream()
                .filter(g -> g.get("day").equals("TUESDAY") && g.get("moment").equals("question")).toList();
        assertEquals(List.of(0, 16), tuesday.stream().map(g -> (int) g.get("fromHour")).toList());
        assertEquals(List.of(8, 24), tuesday.stream().map(g -> (int) g.get("toHour")).toList());
    }

    @Test
    void badParametersAreNamedAgentsAndOtherBrandsAreRefused() {
        given().header("Authorization", bearer("manager1")).queryParam("timeZone", "Mars/Olympus")
                .queryParam("languages", "pl,polski").queryParam("platforms", "myspace").queryParam("week", "monday")
                .get("/api/v1/brands/acme/assignment-coverage").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("timeZone", "languages", "platforms", "week"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/assignment-coverage").then()
                .statusCode(403);
        given().header("Authorization", bearer("manager1")).get("/api/v1/brands/globex/assignment-coverage").then()
                .statusCode(404);
    }
}
