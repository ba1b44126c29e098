package io.parley.analytics.care;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Care figures computed from known sequences of the inbox's events (docs/metrics.md): business hours across a
 * weekend and a daylight-saving change, a reopened conversation, an answer by a second agent, redelivery, brand
 * isolation. Each scenario lives in a window of its own, long ago (business hours: far ahead), on a channel of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class CareFiguresTest {

    /**
     * Awaiting, not sleeping: the inbox topic on a shared test broker carries every module's traffic, which the care
     * consumer group reads too, so a scenario's events may queue behind a few thousand others.
     */
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Weekdays 09:00-17:00 in Berlin: the hours every scenario's catalogue counts. */
    private static final String WEEKDAYS = """
            {"defaultMinutes":60,"timeZone":"Europe/Berlin","hours":{"mode":"business-hours","days":[
              {"day":"monday","from":"09:00","to":"17:00"},{"day":"tuesday","from":"09:00","to":"17:00"},
              {"day":"wednesday","from":"09:00","to":"17:00"},{"day":"thursday","from":"09:00","to":"17:00"},
              {"day":"friday","from":"09:00","to":"17:00"}]},"holidays":[],"targets":[]}""";
    private static final String AROUND_THE_CLOCK = """
            {"defaultMinutes":60,"timeZone":"Europe/Berlin","hours":{"mode":"always","days":[]},"holidays":[],
             "targets":[]}""";

    private static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", bearer(user));
    }

    private static Instant berlin(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    /** A year of its own for a scenario, so that no other test's conversations fall into its window. */
    private static int year() {
        return ThreadLocalRandom.current().nextInt(1981, 2020);
    }

    /**
     * A year of its own for the business-hours scenario, far ahead: its window is a month long on one channel, so in
     * {@link #year()}'s 39 years it met an earlier run's conversations on a reused infrastructure, and the hours it
     * publishes take effect at its year, so analytics measures again every acme conversation that arrived since (in a
     * past year: every module's conversations of every earlier run; here: the few of other runs further ahead). Its
     * conversations are all answered, so that the window lies after now changes none of its figures.
     */
    private static int yearAhead() {
        return ThreadLocalRandom.current().nextInt(2100, 10_000);
    }

    @Test
    void businessHoursLeaveOutTheWeekendAndCountTheDaylightSavingChangeAsItReallyIs() {
        int year = yearAhead();
        // The weekend the clocks go forward in Berlin (the last Sunday of March): Friday before, Monday after.
        LocalDate sunday = LocalDate.of(year, Month.MARCH, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate friday = sunday.minusDays(2);
        LocalDate monday = sunday.plusDays(1);
        // An ordinary weekend three weeks earlier.
        LocalDate plainFriday = friday.minusWeeks(3);
        Instant from = berlin(plainFriday, 0, 0).minus(Duration.ofDays(1));
        Instant to = berlin(monday, 0, 0).plus(Duration.ofDays(2));
        CareEvents.catalogue("acme", from.minus(Duration.ofDays(30)), WEEKDAYS);
        Platform channel = Platform.LINKEDIN;

        // Friday 16:30, answered Monday 09:30: 30 business minutes on Friday, 30 on Monday.
        CareEvents plain = CareEvents.opened("acme", channel, berlin(plainFriday, 16, 30), "care", "question", "de",
                Duration.ofHours(1), 60);
        Instant plainDue = berlin(plainFriday.plusDays(3), 9, 30);
        plain.answered("agent1", berlin(plainFriday.plusDays(3), 9, 30), plainDue);
        // Friday 16:00 CET, answered Monday 10:00 CEST: one business hour each day; 65 real hours, not 66.
        CareEvents dst = CareEvents.opened("acme", channel, berlin(friday, 16, 0), "care", "question", "de",
                Duration.ofHours(1), 60);
        dst.answered("agent1", berlin(monday, 10, 0), berlin(monday, 9, 0));
        // The hours change after the DST conversation arrived: its figures keep the hours in force when it came.
        CareEvents.catalogue("acme", berlin(sunday, 12, 0), AROUND_THE_CLOCK);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath business = figures(from, to, "channel", "business", Map.of("channel", channel.id()));
            assertEquals(2, business.getInt("total.conversations"));
            assertEquals(Double.valueOf(3600.0 + 0.5 * (7200 - 3600)), seconds(business,
                    "total.timeToFirstResponse.medianSeconds"));
            assertEquals(Double.valueOf(3600.0 + 0.9 * (7200 - 3600)), seconds(business,
                    "total.timeToFirstResponse.p90Seconds"));
            assertEquals(2, business.getInt("total.timeToFirstResponse.base"));
        });
        JsonPath all = figures(from, to, "channel", "all", Map.of("channel", channel.id()));
        assertEquals(((65 * 3600.0) + (65 * 3600.0)) / 2, all.getDouble("total.timeToFirstResponse.medianSeconds"),
                "Friday 16:30 to Monday 09:30 and Friday 16:00 CET to Monday 10:00 CEST are both 65 hours");
        assertEquals(List.of(channel.id()), all.getList("groups.value"));
        // The drill-down shows each conversation's own business time.
        JsonPath page = as("manager1").queryParams(params(from, to, Map.of("channel", channel.id(), "hours",
                "business", "figure", "answered"))).get("/api/v1/brands/acme/analytics/care/conversations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(plain.id.toString(), dst.id.toString()), page.getList("items.conversationId"));
        assertEquals(List.of(3600, 7200), page.getList("items.timeToFirstResponseSeconds"));
    }

    @Test
    void aReopenedConversationAndAnAnswerByASecondAgentCountWhereTheRulesSay() {
        Instant start = LocalDate.of(year(), 6, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 120))
                .atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant from = start;
        Instant to = start.plus(Duration.ofDays(2));
        Platform channel = Platform.VK;
        Instant t = start.plus(Duration.ofHours(10));
        // A: owned by agent1, answered by agent2 in 30 min, resolved, reopened by the customer, resolved again.
        CareEvents a = CareEvents.opened("acme", channel, t, "care", "complaint", "pl", Duration.ofHours(1), 60)
                .assigned("care", "agent1", t);
        Event<ConversationAnswered> firstAnswer = a.answered("agent2", t.plus(Duration.ofMinutes(30)),
                t.plus(Duration.ofHours(1)));
        a.status("answered", "resolved", "agent2", "manual", t.plus(Duration.ofHours(2)))
                .status("resolved", "open", "system", "customer", t.plus(Duration.ofHours(3)))
                .status("open", "answered", "agent2", "reply", t.plus(Duration.ofHours(4)))
                .status("answered", "resolved", "agent2", "manual", t.plus(Duration.ofHours(5)));
        // B: owned by agent1, never answered, long past its due time.
        CareEvents b = CareEvents.opened("acme", channel, t.plus(Duration.ofMinutes(1)), "care", "complaint", "pl",
                Duration.ofHours(1), 60).assigned("care", "agent1", t.plus(Duration.ofMinutes(1)));
        // C: another team; answered late by agent1, then resolved.
        CareEvents c = CareEvents.opened("acme", channel, t.plus(Duration.ofMinutes(2)), "billing", "question", "en",
                Duration.ofHours(1), 60).assigned("billing", "agent1", t.plus(Duration.ofMinutes(2)));
        c.answered("agent1", t.plus(Duration.ofMinutes(92)), t.plus(Duration.ofMinutes(62)));
        c.status("answered", "resolved", "agent1", "manual", t.plus(Duration.ofMinutes(242)));
        // Redelivered, and the same first answer announced again under a new id by someone else: nothing changes.
        TestEvents.send(a.id.toString(), firstAnswer);
        a.answered("agent3", t.plus(Duration.ofMinutes(50)), t.plus(Duration.ofHours(1)));
        // Reassigning after the first response moves nothing: the team it was answered in keeps it.
        a.assigned("billing", "agent3", t.plus(Duration.ofHours(6)));

        Map<String, String> onlyVk = Map.of("channel", channel.id());
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath byAgent = figures(from, to, "agent", "all", onlyVk);
            assertEquals(3, byAgent.getInt("total.conversations"));
            assertEquals(1, byAgent.getInt("total.reopened.count"));
            assertEquals(2, byAgent.getInt("total.reopened.base"));
            assertEquals(2, byAgent.getInt("total.resolution.base"));
        });
        JsonPath byAgent = figures(from, to, "agent", "all", onlyVk);
        Map<String, Object> total = byAgent.getMap("total");
        assertRate(total, "responseRate", 2, 3);
        assertEquals(3600.0, byAgent.getDouble("total.timeToFirstResponse.medianSeconds"), "1800 and 5400");
        assertEquals(5040.0, byAgent.getDouble("total.timeToFirstResponse.p90Seconds"));
        assertRate(total, "withinTarget", 1, 3);
        assertEquals((5 * 3600.0 + 240 * 60.0) / 2, byAgent.getDouble("total.resolution.medianSeconds"),
                "A's latest resolution (5 h) and C's (4 h)");
        assertEquals(List.of("agent1", "agent2"), byAgent.getList("groups.value"));
        Map<String, Object> agent1 = byAgent.getMap("groups[0]");
        assertEquals(2, agent1.get("conversations"), "B (owned, unanswered) and C (answered by agent1)");
        assertRate(agent1, "responseRate", 1, 2);
        assertRate(agent1, "withinTarget", 0, 2);
        assertRate(agent1, "reopened", 0, 1);
        Map<String, Object> agent2 = byAgent.getMap("groups[1]");
        assertEquals(1, agent2.get("conversations"), "the second agent's answer counts for them, not the owner");
        assertEquals(1800.0, byAgent.getDouble("groups[1].timeToFirstResponse.medianSeconds"));
        assertRate(agent2, "withinTarget", 1, 1);
        assertRate(agent2, "reopened", 1, 1);

        JsonPath byTeam = figures(from, to, "team", "all", onlyVk);
        assertEquals(List.of("care", "billing"), byTeam.getList("groups.value"));
        assertEquals(List.of(2, 1), byTeam.getList("groups.conversations"));

        // Drill-down: the conversations behind the figures, paged.
        assertEquals(List.of(a.id.toString()), ids(from, to, Map.of("channel", channel.id(), "figure", "reopened")));
        assertEquals(List.of(b.id.toString(), c.id.toString()), ids(from, to, Map.of("channel", channel.id(),
                "figure", "missed-target", "agent", "agent1")));
        assertEquals(List.of(b.id.toString()), ids(from, to, Map.of("channel", channel.id(), "figure", "unanswered")));
        JsonPath first = as("agent1").queryParams(params(from, to, Map.of("channel", channel.id(), "limit", "2")))
                .get("/api/v1/brands/acme/analytics/care/conversations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(a.id.toString(), b.id.toString()), first.getList("items.conversationId"));
        assertEquals("agent2", first.getString("items[0].agent"));
        assertEquals("care", first.getString("items[0].team"));
        assertEquals(1, first.getInt("items[0].reopenedCount"));
        assertEquals(false, first.getBoolean("items[1].withinTarget"));
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        JsonPath second = as("agent1").queryParams(params(from, to, Map.of("channel", channel.id(), "limit", "2",
                "cursor", cursor))).get("/api/v1/brands/acme/analytics/care/conversations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(c.id.toString()), second.getList("items.conversationId"));
        assertNull(second.getString("nextCursor"));
    }

    @Test
    void everyFigureIsTheBrandsOwn() {
        Instant start = LocalDate.of(year(), 10, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 60))
                .atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant from = start;
        Instant to = start.plus(Duration.ofDays(1));
        Platform channel = Platform.TELEGRAM;
        Instant t = start.plus(Duration.ofHours(8));
        CareEvents acme = CareEvents.opened("acme", channel, t, "care", "question", "el", Duration.ofHours(1), 60);
        acme.answered("agent1", t.plus(Duration.ofMinutes(10)), t.plus(Duration.ofHours(1)));
        CareEvents globex = CareEvents.opened("globex", channel, t, "support", "complaint", "el",
                Duration.ofHours(1), 60);
        globex.answered("agent2", t.plus(Duration.ofMinutes(20)), t.plus(Duration.ofHours(1)));
        // An event naming another brand for acme's conversation changes nothing of it.
        acme.send(t.plus(Duration.ofMinutes(30)), new io.parley.contracts.inbox.ConversationStatusChanged(acme.id,
                channel, "answered", "resolved", "agent2", "manual", t.plus(Duration.ofMinutes(30))));
        io.parley.testsupport.TestEvents.send(acme.id.toString(), Event.of(UUID.randomUUID(), "inbox-service",
                "globex", acme.id.toString(), t, t, new ConversationAnswered(acme.id, channel, t,
                        t.plus(Duration.ofMinutes(1)), 60, t.plus(Duration.ofHours(1)), true, "agent2")));

        Map<String, String> only = Map.of("channel", channel.id());
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath g = given().header("Authorization", bearer("agent2")).queryParams(params(from, to, only))
                    .get("/api/v1/brands/globex/analytics/care").then().statusCode(200).extract().jsonPath();
            assertEquals(1, g.getInt("total.conversations"));
            assertEquals(Double.valueOf(1200.0), seconds(g, "total.timeToFirstResponse.medianSeconds"));
        });
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath a = figures(from, to, "team", "all", only);
            assertEquals(1, a.getInt("total.resolution.base"));
        });
        JsonPath a = figures(from, to, "team", "all", only);
        assertEquals(1, a.getInt("total.conversations"));
        assertEquals(600.0, a.getDouble("total.timeToFirstResponse.medianSeconds"), "globex's answer is not acme's");
        assertEquals(List.of("care"), a.getList("groups.value"));
        assertEquals(List.of(acme.id.toString()), ids(from, to, Map.of("channel", channel.id())));
        // globex's agent cannot read acme's figures or conversations, nor acme's globex's.
        as("agent2").queryParams(params(from, to, only)).get("/api/v1/brands/acme/analytics/care").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        as("agent2").queryParams(params(from, to, only)).get("/api/v1/brands/acme/analytics/care/conversations")
                .then().statusCode(404);
        as("agent1").queryParams(params(from, to, only)).get("/api/v1/brands/globex/analytics/care").then()
                .statusCode(404);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String care = "/api/v1/brands/acme/analytics/care";
        Map<String, String> bad = Map.of("by", "weekday", "hours", "night", "channel", "orkut", "moment", "anger",
                "from", "yesterday");
        bad.forEach((name, value) -> as("manager1").queryParam(name, value).get(care).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo(name)));
        as("manager1").queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z").get(care)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Map<String, String> badDrill = Map.of("figure", "speed", "limit", "0", "cursor", "not-a-cursor");
        badDrill.forEach((name, value) -> as("manager1").queryParam(name, value).get(care + "/conversations").then()
                .statusCode(400).body("errors[0].field", equalTo(name)));
        as("manager1").queryParam("limit", "201").get(care + "/conversations").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("editor1").get(care).then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().get(care).then().statusCode(401);
        as("agent2").get(care).then().statusCode(404);
    }

    /** A duration of the answer, null when absent (so that awaiting retries instead of failing on a null). */
    private static Double seconds(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static void assertRate(Map<String, Object> group, String figure, int count, int base) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rate = (Map<String, Object>) group.get(figure);
        assertEquals(count, rate.get("count"), figure + " count");
        assertEquals(base, rate.get("base"), figure + " base");
        assertEquals((double) count / base, ((Number) rate.get("value")).doubleValue(), 1e-6, figure);
    }

    private static JsonPath figures(Instant from, Instant to, String by, String hours, Map<String, String> filters) {
        Map<String, String> p = new java.util.HashMap<>(filters);
        p.put("by", by);
        p.put("hours", hours);
        return as("manager1").queryParams(params(from, to, p)).get("/api/v1/brands/acme/analytics/care").then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(Instant from, Instant to, Map<String, String> filters) {
        return as("manager1").queryParams(params(from, to, filters))
                .get("/api/v1/brands/acme/analytics/care/conversations").then().statusCode(200).extract().jsonPath()
                .getList("items.conversationId");
    }

    private static Map<String, String> params(Instant from, Instant to, Map<String, String> more) {
        Map<String, String> p = new java.util.HashMap<>(more);
        p.put("from", from.toString());
        p.put("to", to.toString());
        return p;
    }
}
