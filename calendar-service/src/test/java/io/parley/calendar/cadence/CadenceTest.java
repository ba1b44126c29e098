package io.parley.calendar.cadence;

import io.parley.calendar.Fixtures;
import io.parley.calendar.Neighbours;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor plans three posts on the VK account in one week: the cadence report shows the week over its target of
 * two, the next week short of it, the post an hour after another and the one at 23:00 as violations; the next free
 * slot skips the full week and the quiet night; the Christmas blackout moves a slot past it. The catalogue (section
 * 10 and the time zone) is the one {@link Neighbours} serves as standards-service; tokens are real Keycloak tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class CadenceTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String BRAND = "/api/v1/brands/acme";

    /** A Monday of its own, years ahead (only this class plans on the VK account, from 2032 on). */
    private static LocalDate aMonday() {
        LocalDate day = LocalDate.of(2032, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 8));
        return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(WARSAW).toInstant();
    }

    private static String plan(Instant at) {
        JsonPath story = Fixtures.oneVariant(Fixtures.with(Fixtures.variant(Neighbours.VK_CADENCE,
                "Zimowa kolekcja ❄ " + at), "scheduledFor", at.toString()));
        return story.getString("variants[0].id");
    }

    @Test
    void theReportFlagsAnOverloadAGapAndTheViolations_theNextSlotSkipsThem() {
        LocalDate monday = aMonday();
        String first = plan(local(monday, 10, 0));
        String tooSoon = plan(local(monday, 11, 0));
        String atNight = plan(local(monday.plusDays(1), 23, 0));

        JsonPath report = given().header("Authorization", Fixtures.as("agent1"))
                .queryParam("from", local(monday, 0, 0).toString())
                .queryParam("to", local(monday.plusWeeks(2), 0, 0).toString())
                .get(BRAND + "/cadence").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Warsaw"))
                .body("competitors.brands.id", org.hamcrest.Matchers.hasItems("globex", "initech"))
                .extract().jsonPath();
        assertEquals(local(monday, 0, 0).toString(), report.getString("from"));
        Map<String, Object> vk = report.getList("accounts", Map.class).stream()
                .filter(a -> Neighbours.VK_CADENCE.equals(a.get("channelAccount"))).findFirst().orElseThrow();
        JsonPath row = new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(vk).toString());
        assertEquals("Acme VK", row.getString("channelName"));
        assertEquals("channelAccount " + Neighbours.VK_CADENCE, row.getString("target.source"));
        assertEquals(List.of(monday.toString(), monday.plusWeeks(1).toString()), row.getList("weeks.week"));
        assertEquals(3, row.getInt("weeks[0].planned"));
        assertEquals(1, row.getInt("weeks[0].overload"));
        assertEquals("over", row.getString("weeks[0].state"));
        assertEquals(0, row.getInt("weeks[1].planned"));
        assertEquals(2, row.getInt("weeks[1].shortfall"));
        assertEquals("under", row.getString("weeks[1].state"));
        assertEquals(List.of("gap", "quiet-hours"), row.getList("violations.kind"));
        assertEquals(List.of(tooSoon, atNight), row.getList("violations.variantId"));
        assertEquals(first, row.getString("violations[0].otherVariantId"));
        // Another account's row: X has its platform's target, Facebook none.
        Map<String, Object> x = report.getList("accounts", Map.class).stream()
                .filter(a -> Neighbours.X.equals(a.get("channelAccount"))).findFirst().orElseThrow();
        assertEquals(10, ((Map<?, ?>) x.get("target")).get("postsPerWeek"));

        // 10:30 on the Monday: the week already has its two posts (and more), so Monday after at 00:00 - quiet until 07:00.
        JsonPath slot = given().header("Authorization", Fixtures.as("editor1"))
                .queryParam("channelAccount", Neighbours.VK_CADENCE)
                .queryParam("after", local(monday, 10, 30).toString())
                .get(BRAND + "/slots/next").then().statusCode(200).extract().jsonPath();
        assertEquals(local(monday.plusWeeks(1), 7, 0).toString(), slot.getString("slot"));
        assertEquals(monday.plusWeeks(1) + "T07:00", slot.getString("localTime"));
        List<String> why = slot.getList("movedBecause");
        assertTrue(why.get(0).startsWith("at least 240 minutes after the post planned at")
                || why.get(0).startsWith("the week of " + monday), why.toString());
        assertTrue(why.contains("quiet hours 22:00–07:00"), why.toString());
    }

    @Test
    void aSlotSkipsTheBlackoutAndTheQuietNightAfterIt() {
        given().header("Authorization", Fixtures.as("editor1"))
                .queryParam("channelAccount", Neighbours.VK_CADENCE)
                .queryParam("after", local(LocalDate.of(2031, 12, 24), 12, 0).toString())
                .get(BRAND + "/slots/next").then().statusCode(200)
                .body("slot", equalTo(local(LocalDate.of(2031, 12, 27), 7, 0).toString()))
                .body("localTime", equalTo("2031-12-27T07:00"))
                .body("movedBecause[0]", equalTo("blackout 2031-12-24 to 2031-12-26 (Wigilia i święta)"));
        // A time in the past means now: the slot is never before the request.
        Instant slot = Instant.parse(given().header("Authorization", Fixtures.as("editor1"))
                .queryParam("channelAccount", Neighbours.FACEBOOK).queryParam("after", "2020-01-01T00:00:00Z")
                .get(BRAND + "/slots/next").then().statusCode(200).extract().path("slot"));
        assertFalse(slot.isBefore(Instant.now().minusSeconds(60)));
    }

    @Test
    void badParametersAreNamed_otherBrandsAreNotFound() {
        given().header("Authorization", Fixtures.as("editor1")).get(BRAND + "/slots/next").then().statusCode(400)
                .body("errors[0].field", equalTo("channelAccount"));
        given().header("Authorization", Fixtures.as("editor1")).queryParam("channelAccount", Neighbours.GLOBEX_FACEBOOK)
                .get(BRAND + "/slots/next").then().statusCode(400)
                .body("errors[0].field", equalTo("channelAccount"))
                .body("errors[0].message", equalTo("is not one of the brand's channel accounts"));
        given().header("Authorization", Fixtures.as("editor1")).queryParam("channelAccount", Neighbours.VK_CADENCE)
                .queryParam("after", "tomorrow").get(BRAND + "/slots/next").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().header("Authorization", Fixtures.as("agent1")).queryParam("from", "2032-02-01T00:00:00Z")
                .queryParam("to", "2032-01-01T00:00:00Z").get(BRAND + "/cadence").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().header("Authorization", Fixtures.as("agent1")).queryParam("from", "2032-01-01T00:00:00Z")
                .queryParam("to", "2034-01-01T00:00:00Z").get(BRAND + "/cadence").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().header("Authorization", Fixtures.as("agent1")).get("/api/v1/brands/globex/cadence").then()
                .statusCode(404);
        given().get(BRAND + "/cadence").then().statusCode(401);
        // Without a range: this week and the three after it.
        JsonPath now = given().header("Authorization", Fixtures.as("agent1"))
                .get(BRAND + "/cadence").then().statusCode(200).extract().jsonPath();
        assertEquals(4, now.getList("accounts[0].weeks").size());
    }
}
