package io.parley.analytics.care;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At-least-once delivery (docs/metrics.md, "Redelivery"): the care consumers ({@code InboxFactsConsumer} and
 * {@code CatalogueHoursConsumer}) get a whole sequence of events a second time — the same ids, as after a crash
 * before the offsets were committed — and every figure the API shows of it stays as it was. Each redelivery is
 * followed on the same keys (so the same partitions, read in order) by a marker in a window of its own; once the
 * markers count, the redelivered events before them have been read.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class CareRedeliveryTest {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String WEEKDAYS = """
            {"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"business-hours","days":[
              {"day":"monday","from":"09:00","to":"17:00"},{"day":"tuesday","from":"09:00","to":"17:00"},
              {"day":"wednesday","from":"09:00","to":"17:00"},{"day":"thursday","from":"09:00","to":"17:00"},
              {"day":"friday","from":"09:00","to":"17:00"}]},"holidays":[],"targets":[]}""";
    private static final String AROUND_THE_CLOCK = """
            {"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"always","days":[]},"holidays":[],
             "targets":[]}""";

    @Test
    void theInboxsEventsDeliveredTwiceLeaveEveryFigureContactAndIncidentAsTheyWere() {
        // A Monday of its own, years before any other test's conversations.
        LocalDate monday = LocalDate.of(ThreadLocalRandom.current().nextInt(1900, 1940), 1, 1)
                .plusWeeks(ThreadLocalRandom.current().nextInt(0, 50)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(2));
        Platform channel = Platform.FORUM;
        Instant t = from.plus(Duration.ofHours(9));
        // A: owned by agent1, answered by agent2, resolved, reopened by the customer, resolved again, settled.
        CareEvents a = CareEvents.opened("acme", channel, t, "care", "complaint", "pl", Duration.ofHours(1), 60)
                .assigned("care", "agent1", t);
        a.answered("agent2", t.plus(Duration.ofMinutes(30)), t.plus(Duration.ofHours(1)));
        a.status("answered", "resolved", "agent2", "manual", t.plus(Duration.ofHours(2)))
                .status("resolved", "open", "system", "customer", t.plus(Duration.ofHours(3)))
                .status("open", "answered", "agent2", "reply", t.plus(Duration.ofHours(4)))
                .status("answered", "resolved", "agent2", "manual", t.plus(Duration.ofHours(5)));
        a.send(t.plus(Duration.ofHours(6)), new ComplaintSettled(UUID.randomUUID(), a.id, "delivery", null, "agent2",
                t.plus(Duration.ofHours(6))));
        UUID incident = UUID.randomUUID();
        a.send(t.plus(Duration.ofHours(1)), new IncidentOpened(incident, "Spike: complaints", "spike", "complaint",
                "analytics-service", t.plus(Duration.ofHours(1))));
        a.send(t.plus(Duration.ofHours(20)), new IncidentClosed(incident, "manager1", t.plus(Duration.ofHours(20)),
                "Fixed."));
        // B: another team, answered late by agent1.
        CareEvents b = CareEvents.opened("acme", channel, t.plus(Duration.ofMinutes(1)), "billing", "question", "en",
                Duration.ofHours(1), 60).assigned("billing", "agent1", t.plus(Duration.ofMinutes(1)));
        b.answered("agent1", t.plus(Duration.ofMinutes(92)), t.plus(Duration.ofMinutes(61)));
        // S: a suggestion nobody answered, passed on to a colleague; its author became an advocate and was asked
        // for a recommendation.
        CareEvents s = CareEvents.opened("acme", channel, t.plus(Duration.ofMinutes(2)), "care", "suggestion", "el",
                Duration.ofHours(1), 60);
        s.send(t.plus(Duration.ofHours(1)), new NoteAdded(s.id, UUID.randomUUID(), "agent1", List.of("manager1"),
                "@manager1 για την ομάδα προϊόντος", t.plus(Duration.ofHours(1))));
        String fan = "fan-" + UUID.randomUUID();
        s.send(t, new AdvocateGained(channel, fan, "Zoë", s.id, 3, t));
        s.send(t.plus(Duration.ofHours(3)), new RecommendationRequested(UUID.randomUUID(), channel, fan,
                "direct_message", s.id, "manager1", t.plus(Duration.ofHours(3))));

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> care = get("/care", from, to, Map.of("by", "agent", "hours", "all",
                    "channel", channel.id()));
            assertEquals(3, path(care, "total", "conversations"));
            assertEquals(1, path(care, "total", "reopened", "count"));
            Map<String, Object> contacts = get("/contacts", from, to, Map.of());
            assertEquals(1, contacts.get("complaintsSettled"));
            assertEquals(1, contacts.get("recommendationsRequested"));
            assertEquals(1, contacts.get("suggestionsPassedOn"));
            assertEquals(1, contacts.get("advocatesGained"));
            assertEquals(1, ((List<?>) get("/timeline", from, to, Map.of()).get("incidents")).size());
        });
        Map<String, Map<String, Object>> before = figures(from, to, channel);
        assertEquals(2L, ((Number) path(before.get("by team"), "groups", 0, "conversations")).longValue(),
                "care: A and S");

        // Everything again, the conversations in the other order (they are on different partitions anyway).
        s.redeliver();
        b.redeliver();
        a.redeliver();
        Instant later = from.plus(Duration.ofDays(10));
        for (CareEvents c : List.of(a, b, s)) {
            UUID marker = UUID.randomUUID();
            TestEvents.send(c.id.toString(), Event.of(UUID.randomUUID(), "inbox-service", "acme", marker.toString(),
                    later, later, new ConversationOpened(marker, channel, UUID.randomUUID(), later,
                            later.plus(Duration.ofHours(1)), "care", "en", "question", 60L)));
        }
        await().atMost(WAIT).untilAsserted(() -> assertEquals(3, path(get("/care", later,
                later.plus(Duration.ofDays(1)), Map.of("channel", channel.id())), "total", "conversations")));

        assertEquals(before, figures(from, to, channel));
    }

    @Test
    void aCatalogueDeliveredTwiceMeasuresTheConversationsAsBefore() {
        // The weekend Warsaw's clocks go back (the last Sunday of October, the EU's rule since 1996), in a year of its
        // own: ahead, where no other test's conversations are (the other care scenarios are in 1900-2019).
        int year = ThreadLocalRandom.current().nextInt(2030, 2040);
        LocalDate sunday = LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate friday = sunday.minusDays(2);
        Instant from = friday.atStartOfDay(WARSAW).toInstant();
        Instant to = from.plus(Duration.ofDays(4));
        Platform channel = Platform.RSS;
        Event<StandardsCatalogueChanged> hours = CareEvents.catalogue("acme", from.minus(Duration.ofDays(30)),
                WEEKDAYS);
        // Friday 16:00 CEST, answered Monday 10:00 CET: an hour each side of the weekend; 67 real hours.
        CareEvents c = CareEvents.opened("acme", channel, warsaw(friday, 16, 0), "care", "question", "pl",
                Duration.ofHours(1), 60);
        c.answered("agent1", warsaw(sunday.plusDays(1), 10, 0), warsaw(sunday.plusDays(1), 9, 0));
        Map<String, String> only = Map.of("channel", channel.id(), "hours", "business");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(Double.valueOf(7200.0), seconds(get("/care", from, to,
                only), "total", "timeToFirstResponse", "medianSeconds")));
        Map<String, Map<String, Object>> before = figures(from, to, channel);

        // The catalogue again; then, on its key, a later version counting around the clock, in force for a Saturday
        // conversation in a window of its own: once that one counts an hour, the redelivery before it was read.
        TestEvents.send(StandardsCatalogueChanged.key("acme"), hours);
        LocalDate saturday = friday.plusWeeks(3).plusDays(1);
        CareEvents.catalogue("acme", saturday.atStartOfDay(WARSAW).toInstant(), AROUND_THE_CLOCK);
        CareEvents marker = CareEvents.opened("acme", channel, warsaw(saturday, 12, 0), "care", "question", "pl",
                Duration.ofHours(1), 60);
        marker.answered("agent1", warsaw(saturday, 13, 0), warsaw(saturday, 13, 0));
        Instant markerDay = saturday.atStartOfDay(WARSAW).toInstant();
        await().atMost(WAIT).untilAsserted(() -> assertEquals(Double.valueOf(3600.0), seconds(get("/care", markerDay,
                markerDay.plus(Duration.ofDays(1)), only), "total", "timeToFirstResponse", "medianSeconds")));

        Map<String, Map<String, Object>> after = figures(from, to, channel);
        assertEquals(before, after);
        assertEquals(67 * 3600.0, ((Number) path(after.get("by agent, all hours"), "total", "timeToFirstResponse",
                "medianSeconds")).doubleValue(), "Friday 16:00 CEST to Monday 10:00 CET");
    }

    private static Instant warsaw(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(WARSAW).toInstant();
    }

    /** Every answer of the care API about the window and channel: the figures by each grouping, the drill-downs. */
    private static Map<String, Map<String, Object>> figures(Instant from, Instant to, Platform channel) {
        Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>();
        for (String by : List.of("channel", "team", "agent", "moment", "language")) {
            all.put("by " + by, get("/care", from, to, Map.of("by", by, "hours", "business", "channel", channel.id())));
        }
        all.put("by agent, all hours", get("/care", from, to, Map.of("by", "agent", "hours", "all",
                "channel", channel.id())));
        for (String figure : List.of("conversations", "answered", "within-target", "missed-target", "resolved",
                "reopened")) {
            all.put("drill-down " + figure, get("/care/conversations", from, to, Map.of("figure", figure,
                    "channel", channel.id())));
        }
        all.put("contacts", get("/contacts", from, to, Map.of()));
        all.put("timeline", get("/timeline", from, to, Map.of("channel", channel.id())));
        return all;
    }

    private static Map<String, Object> get(String what, Instant from, Instant to, Map<String, String> params) {
        Map<String, String> p = new HashMap<>(params);
        p.put("from", from.toString());
        p.put("to", to.toString());
        return given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).queryParams(p)
                .get("/api/v1/brands/acme/analytics" + what).then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    /** A duration deep in an answer, null while there is none (so that awaiting retries instead of failing). */
    private static Double seconds(Object json, Object... steps) {
        Object value = path(json, steps);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A value deep in an answer: map keys and list indexes. */
    static Object path(Object json, Object... steps) {
        Object at = json;
        for (Object step : steps) {
            at = step instanceof Integer i ? ((List<?>) at).get(i) : ((Map<?, ?>) at).get(step);
        }
        return at;
    }
}
