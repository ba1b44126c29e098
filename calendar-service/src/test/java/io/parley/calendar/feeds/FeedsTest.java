package io.parley.calendar.feeds;

import io.parley.calendar.Fixtures;
import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor subscribes a calendar app to their stories and a manager to the brand's: the feeds, fetched without a
 * session and parsed back by ical4j, hold the variants at the right moments on both sides of the next DST change in
 * Warsaw; another user's "mine" feed does not hold them; a revoked URL is gone (410), an unknown one 404.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class FeedsTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String FEEDS = "/api/v1/brands/acme/calendar-feeds";

    /** The last Sunday of March after now (the spring change), at least a day ahead. */
    private static LocalDate springChange() {
        LocalDate d = LocalDate.now(WARSAW).plusDays(2);
        while (true) {
            LocalDate lastSunday = LocalDate.of(d.getYear(), 3, 31)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
            if (lastSunday.isAfter(d)) {
                return lastSunday;
            }
            d = LocalDate.of(d.getYear() + 1, 1, 1);
        }
    }

    private static JsonPath newFeed(String user, String scope) {
        return given().header("Authorization", Fixtures.as(user)).contentType(ContentType.JSON)
                .body(Map.of("scope", scope)).post(FEEDS).then().statusCode(201)
                .body("scope", equalTo(scope)).body("owner", equalTo(user)).body("revokedAt", nullValue())
                .body("url", startsWith("http://localhost:8080/api/v1/brands/acme/calendar.ics?token="))
                .extract().jsonPath();
    }

    /** The feed as a calendar app gets it: no Authorization header at all. */
    private static Calendar fetch(String url) throws Exception {
        URI uri = URI.create(url);
        String body = given().get(uri.getPath() + "?" + uri.getQuery()).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Optional<VEvent> event(Calendar calendar, String variantId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(variantId + "@parley")).findFirst();
    }

    @Test
    void feedsHoldThePlanAtTheRightMomentsAcrossDst_mineOnlyMine_revokedIsGone() throws Exception {
        LocalDate change = springChange();
        Instant winter = LocalDateTime.of(change.minusDays(1), LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
        Instant summer = LocalDateTime.of(change.plusDays(1), LocalTime.of(10, 0)).atZone(WARSAW).toInstant();
        JsonPath story = Fixtures.create("editor1", Fixtures.story("Wiosenna kolekcja 🌷", List.of(
                Fixtures.with(Fixtures.variant(Neighbours.FACEBOOK, "Wiosna już jest 🌷"), "scheduledFor",
                        winter.toString()),
                Fixtures.with(Fixtures.variant(Neighbours.LINKEDIN, "Spring is here"), "scheduledFor",
                        summer.toString())))).then().statusCode(201).extract().jsonPath();
        String beforeChange = story.getString("variants[0].id");
        String afterChange = story.getString("variants[1].id");

        JsonPath mine = newFeed("editor1", "mine");
        Calendar calendar = fetch(mine.getString("url"));
        VEvent first = event(calendar, beforeChange).orElseThrow();
        VEvent second = event(calendar, afterChange).orElseThrow();
        assertEquals(winter, FeedCalendarTest.startOf(first));
        assertEquals(summer, FeedCalendarTest.startOf(second));
        // Both at 10:00 on the brand's clocks, one hour apart in UTC.
        assertTrue(first.getProperty(Property.DTSTART).orElseThrow().toString().contains("TZID=Europe/Warsaw"));
        assertEquals("[Facebook] Wiosenna kolekcja 🌷 (draft)", first.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Wiosna już jest 🌷"));
        assertEquals("http://localhost:8080/stories/" + story.getString("id"),
                first.getProperty(Property.URL).orElseThrow().getValue());
        assertTrue(!calendar.getComponents("VTIMEZONE").isEmpty());

        // approver1's own feed does not hold editor1's story; a manager's brand feed does.
        JsonPath approvers = newFeed("approver1", "mine");
        assertTrue(event(fetch(approvers.getString("url")), beforeChange).isEmpty());
        JsonPath brand = newFeed("manager1", "brand");
        assertTrue(event(fetch(brand.getString("url")), beforeChange).isPresent());

        // Listed without URLs; managers see every feed of the brand, others their own.
        given().header("Authorization", Fixtures.as("editor1")).get(FEEDS).then().statusCode(200)
                .body("items.find { it.id == '" + mine.getString("id") + "' }.url", nullValue())
                .body("items.owner.unique()", equalTo(List.of("editor1")));
        List<String> managerSees = given().header("Authorization", Fixtures.as("manager1")).get(FEEDS).then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(managerSees.contains(mine.getString("id")) && managerSees.contains(approvers.getString("id")));

        // approver1 cannot revoke editor1's feed; editor1 can; the URL is gone from then on.
        given().header("Authorization", Fixtures.as("approver1")).delete(FEEDS + "/" + mine.getString("id")).then()
                .statusCode(404);
        given().header("Authorization", Fixtures.as("editor1")).delete(FEEDS + "/" + mine.getString("id")).then()
                .statusCode(200).body("revokedBy", equalTo("editor1"));
        URI uri = URI.create(mine.getString("url"));
        given().get(uri.getPath() + "?" + uri.getQuery()).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("/problems/gone"));
        // The brand feed works still; under another brand's path, or with an unknown token, nothing.
        URI brandUri = URI.create(brand.getString("url"));
        given().get("/api/v1/brands/globex/calendar.ics?" + brandUri.getQuery()).then().statusCode(404);
        given().get("/api/v1/brands/acme/calendar.ics?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        given().get("/api/v1/brands/acme/calendar.ics").then().statusCode(404);
    }

    @Test
    void onlyPeopleOfTheBrandMakeFeeds_aBadScopeIsNamed() {
        given().header("Authorization", Fixtures.as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("scope", "everyone")).post(FEEDS).then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
        given().contentType(ContentType.JSON).body(Map.of("scope", "mine")).post(FEEDS).then().statusCode(401);
        given().header("Authorization", Fixtures.as("agent1")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/globex/calendar-feeds").then().statusCode(404);
        // An agent follows the brand's plan too (read only).
        newFeed("agent1", "brand");
    }
}
