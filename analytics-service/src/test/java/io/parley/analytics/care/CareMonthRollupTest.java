package io.parley.analytics.care;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.devstack.Tokens;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly care rollup (care_month, migration V52), built from the daily one once a month has closed
 * ({@link CareMonths}), against the facts both come from: a window from the middle of one month to the first days of
 * the month after next — part-days at both ends, whole days before and after two whole calendar months — with
 * conversations on each part, some unanswered after their due time, some resolved, one reopened, one whose agent
 * changes when a colleague answers it (the fact corrected), another brand's conversations in the same months, every
 * event delivered twice, and a late conversation into a built month.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class CareMonthRollupTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Inject
    CareFigures figures;

    @Inject
    CareMonths months;

    @Inject
    DataSource db;

    @Test
    void wholeMonthsComeFromTheMonthlyRollupWhichEqualsTheFactsAggregatesUnderRedeliveryAndCorrection()
            throws Exception {
        // Months of their own: 1600-1749, before every other test's conversations (CareRollupTest's from 1800 on).
        LocalDate m0 = LocalDate.of(1600, 1, 1).plusMonths(ThreadLocalRandom.current().nextInt(0, 1800));
        LocalDate base = m0.minusMonths(1);
        LocalDate after = m0.plusMonths(2);
        Instant from = at(base.plusDays(10)).plus(Duration.ofHours(13));
        Instant to = at(after.plusDays(3)).plus(Duration.ofHours(5));
        List<Instant> times = new ArrayList<>();
        for (int d : new int[] {11, 15, 20, 27}) {               // whole days before the whole months
            times.add(at(base.plusDays(d)).plus(Duration.ofHours(d % 24)));
        }
        for (LocalDate month : new LocalDate[] {m0, m0.plusMonths(1)}) {  // the whole months
            for (int k = 0; k < 6; k++) {
                times.add(at(month.plusDays(5L * k)).plus(Duration.ofHours(3L * k)));
            }
        }
        for (int d = 0; d < 3; d++) {                             // whole days after them
            times.add(at(after.plusDays(d)).plus(Duration.ofHours(2 + 10L * d)));
        }
        times.add(at(base.plusDays(10)).plus(Duration.ofMinutes(14 * 60)));      // part-days
        times.add(at(base.plusDays(10)).plus(Duration.ofMinutes(23 * 60 + 30)));
        times.add(at(after.plusDays(3)).plus(Duration.ofHours(2)));
        times.add(at(base.plusDays(10)).plus(Duration.ofHours(12)));             // just outside the window
        times.add(at(after.plusDays(3)).plus(Duration.ofHours(6)));

        List<CareEvents> all = new ArrayList<>();
        Platform[] channels = {Platform.FACEBOOK, Platform.INSTAGRAM, Platform.LINKEDIN};
        String[] moments = {"complaint", "question", "praise", null};
        int inWindow = 0;
        int answeredInWindow = 0;
        for (int i = 0; i < times.size(); i++) {
            Instant t = times.get(i);
            boolean counted = !t.isBefore(from) && t.isBefore(to);
            inWindow += counted ? 1 : 0;
            CareEvents c = CareEvents.opened("acme", channels[i % 3], t, i % 2 == 0 ? "care" : "billing",
                    moments[i % 4], i % 5 == 0 ? "en" : "pl", Duration.ofHours(1), 60);
            c.assigned(i % 2 == 0 ? "care" : "billing", "agent" + (1 + i % 3), t);
            all.add(c);
            if (i % 7 == 3) {
                continue; // unanswered, long after its due time
            }
            answeredInWindow += counted ? 1 : 0;
            Instant answered = t.plus(Duration.ofSeconds(20 + 41L * i * i));
            // conversation 4 is answered by a colleague of its owner: its fact moves from agent2 to agent1
            c.answered(i == 4 ? "agent1" : "agent" + (1 + i % 3), answered, t.plus(Duration.ofHours(1)));
            if (i % 3 == 0) {
                Instant resolved = answered.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(i));
                c.status("answered", "resolved", "agent1", "manual", resolved);
                if (i == 6) {
                    c.status("resolved", "open", "system", "customer", resolved.plus(Duration.ofHours(1)))
                            .status("open", "resolved", "agent1", "manual", resolved.plus(Duration.ofHours(5)));
                }
            }
        }
        List<CareEvents> others = new ArrayList<>();
        for (LocalDate month : new LocalDate[] {m0, m0.plusMonths(1)}) {
            CareEvents other = CareEvents.opened("globex", Platform.FACEBOOK, at(month.plusDays(3)), "care",
                    "question", "pl", Duration.ofHours(1), 60);
            other.answered("agent1", at(month.plusDays(3)).plus(Duration.ofMinutes(9)),
                    at(month.plusDays(3)).plus(Duration.ofHours(1)));
            others.add(other);
        }
        assertEquals(22, inWindow, "4 + 12 + 3 on whole days and months, 3 on the part-days");

        TimeWindow window = new TimeWindow(from, to);
        CareQuery query = new CareQuery("acme", window, Map.of());
        int wanted = inWindow;
        int wantedAnswered = answeredInWindow;
        await().atMost(WAIT).untilAsserted(() -> {
            Care.View v = figures.exact(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now());
            assertEquals(wanted, v.total().conversations());
            assertEquals(wantedAnswered, v.total().timeToFirstResponse().base());
            Care.View a = figures.exact(query, Dimension.AGENT, HoursCounted.ALL, Instant.now());
            assertEquals(9, a.groups().stream().filter(g -> "agent1".equals(g.value())).findFirst().orElseThrow()
                    .conversations(), "0, 3, 6 ... 21 of agent1, and 4 answered by agent1");
            assertEquals(Care.Rate.of(1, 7), figures.exact(query, Dimension.TEAM, HoursCounted.ALL, Instant.now())
                    .total().reopened(), "0, 6, 9, 12, 15, 18, 21 resolved (3 unanswered); 6 reopened");
            assertEquals(2, figures.exact(new CareQuery("globex", window, Map.of()), Dimension.CHANNEL,
                    HoursCounted.ALL, Instant.now()).total().conversations(), "globex's, one in each whole month");
        });
        // Closed months are not built until the job runs: the figures read their days from care_day meanwhile.
        assertEquals(List.of(), rows("SELECT brand FROM care_month WHERE brand IN ('acme', 'globex') AND month >= ?"
                + " AND month < ?", base, after.plusMonths(1)), "no monthly rows before a build");
        compare(query);
        months.buildDue();
        // The months' rows hold the months' conversations (six of acme's and one of globex's in each).
        assertEquals(List.of("acme 6", "acme 6", "globex 1", "globex 1"), rows("SELECT brand || ' ' ||"
                + " sum(conversations) FROM care_month WHERE dimension = 'channel' AND month >= ? AND month < ?"
                + " GROUP BY brand, month ORDER BY 1", m0, after));
        assertMonthsAreRead(query, m0);
        compare(query);
        assertEquals(List.of(), difference(base, after), "the daily rollup and the built months are the facts' aggregates");
        List<String> before = rollups(base, after);
        assertTrue(before.stream().filter(r -> r.startsWith("month")).count() >= 20, before.toString());
        // Brand isolation: globex's two conversations are in globex's figures, not in acme's.
        assertEquals(2, figures.figures(new CareQuery("globex", window, Map.of()), Dimension.CHANNEL,
                HoursCounted.ALL, Instant.now()).total().conversations());
        // And through the API as a manager sees it.
        assertEquals(wanted, given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1")))
                .queryParams(Map.of("from", from.toString(), "to", to.toString(), "by", "agent"))
                .get("/api/v1/brands/acme/analytics/care").then().statusCode(200).extract().jsonPath()
                .getInt("total.conversations"));

        // Every event again, in the other order; then a marker behind each conversation's events.
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).redeliver();
        }
        others.forEach(CareEvents::redeliver);
        Instant later = at(after.plusMonths(1));
        for (CareEvents c : all) {
            UUID marker = UUID.randomUUID();
            TestEvents.send(c.id.toString(), Event.of(UUID.randomUUID(), "inbox-service", "acme", marker.toString(),
                    later, later, new ConversationOpened(marker, Platform.RSS, UUID.randomUUID(), later,
                            later.plus(Duration.ofHours(1)), "care", "en", "question", 60L)));
        }
        CareQuery markers = new CareQuery("acme", new TimeWindow(later, later.plus(Duration.ofDays(1))),
                Map.of());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(all.size(), figures.figures(markers, Dimension.CHANNEL,
                HoursCounted.ALL, Instant.now()).total().conversations()));
        assertEquals(before, rollups(base, after), "redelivery leaves both rollups as they were");
        assertEquals(List.of(), stale(base, after), "redelivery marks no month stale");
        assertEquals(List.of(), difference(base, after));
        compare(query);
        // Building a month again from the same days gives the same rows.
        months.buildDue();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT care_month_build('acme', ?)")) {
            s.setObject(1, m0);
            s.executeQuery().close();
        }
        assertEquals(before, rollups(base, after), "a month built again is the same");

        // A late conversation into the built month m0: the month is marked stale and read from care_day (the
        // figures move at once), until the job builds it again from its days.
        Instant late = at(m0.plusDays(12)).plus(Duration.ofHours(7));
        CareEvents.opened("acme", Platform.FACEBOOK, late, "care", "question", "en", Duration.ofHours(1), 60)
                .answered("agent2", late.plus(Duration.ofMinutes(17)), late.plus(Duration.ofHours(1)));
        await().atMost(WAIT).untilAsserted(() -> {
            Care.View v = figures.exact(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now());
            assertEquals(wanted + 1, v.total().conversations());
            assertEquals(wantedAnswered + 1, v.total().timeToFirstResponse().base());
        });
        assertEquals(List.of("acme " + m0), stale(base, after));
        assertEquals(wanted + 1, figures.figures(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now()).total()
                .conversations(), "the stale month read from its days");
        compare(query);
        assertEquals(List.of("acme 6"), rows("SELECT brand || ' ' || sum(conversations) FROM care_month"
                + " WHERE brand = 'acme' AND dimension = 'channel' AND month >= ? AND month < ? GROUP BY brand",
                m0, m0.plusMonths(1)), "the monthly rows wait for the job");
        months.buildDue();
        assertEquals(List.of(), stale(base, after));
        assertEquals(List.of("acme 7"), rows("SELECT brand || ' ' || sum(conversations) FROM care_month"
                + " WHERE brand = 'acme' AND dimension = 'channel' AND month >= ? AND month < ? GROUP BY brand",
                m0, m0.plusMonths(1)), "built again with the late conversation");
        assertEquals(List.of(), difference(base, after));
        assertMonthsAreRead(query, m0);
        compare(query);
    }

    /** The brands and months marked stale between the two months, as text. */
    private List<String> stale(LocalDate base, LocalDate after) throws SQLException {
        return rows("SELECT brand || ' ' || month FROM care_month_stale WHERE brand IN ('acme', 'globex')"
                + " AND month >= ? AND month <= ? ORDER BY 1", base, after);
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The whole months are read from care_month: a month's row changed by hand (and put back) changes the figures by
     * as much, while the exact figures from the facts do not move.
     */
    private void assertMonthsAreRead(CareQuery query, LocalDate m0) throws SQLException {
        CareQuery facebook = new CareQuery(query.brand(), query.window(), Map.of(Dimension.CHANNEL,
                java.util.Optional.of("facebook")));
        long agents = figures.figures(facebook, Dimension.AGENT, HoursCounted.ALL, Instant.now()).total()
                .conversations();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE care_month"
                + " SET conversations = conversations + ? WHERE brand = 'acme' AND dimension = 'agent/facebook'"
                + " AND month = ? AND value = 'agent1'")) {
            s.setInt(1, 1000);
            s.setObject(2, m0);
            assertEquals(1, s.executeUpdate());
            try {
                assertEquals(agents + 1000, figures.figures(facebook, Dimension.AGENT, HoursCounted.ALL,
                        Instant.now()).total().conversations(), "the agents of one channel read from care_month");
            } finally {
                s.setInt(1, -1000);
                assertEquals(1, s.executeUpdate());
            }
        }
        // and the days of the window's first month, which it covers in part, from that month's day rows
        LocalDate firstDay = LocalDate.ofInstant(query.window().from(), ZoneOffset.UTC).plusDays(1);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE"
                + " care_channel_agent_day SET conversations = conversations + ? WHERE brand = 'acme'"
                + " AND channel = 'facebook' AND day = ? AND value = 'agent1'")) {
            s.setInt(1, 1000);
            s.setObject(2, firstDay);
            assertEquals(1, s.executeUpdate(), "conversation 0, of agent1 on facebook, on the window's first whole day");
            try {
                assertEquals(agents + 1000, figures.figures(facebook, Dimension.AGENT, HoursCounted.ALL,
                        Instant.now()).total().conversations(), "a part-month's days read from their day rows");
            } finally {
                s.setInt(1, -1000);
                assertEquals(1, s.executeUpdate());
            }
        }
        long rolled = figures.figures(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now()).total()
                .conversations();
        String shift = "UPDATE care_month SET conversations = conversations + ? WHERE brand = 'acme'"
                + " AND dimension = 'channel' AND month = ? AND value = 'facebook'";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(shift)) {
            s.setInt(1, 1000);
            s.setObject(2, m0);
            assertEquals(1, s.executeUpdate());
            try {
                assertEquals(rolled + 1000, figures.figures(query, Dimension.CHANNEL, HoursCounted.ALL,
                        Instant.now()).total().conversations());
                assertEquals(rolled, figures.exact(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now()).total()
                        .conversations());
            } finally {
                s.setInt(1, -1000);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    /** The figures from the rollups against the exact ones from the facts: every count and rate equal, the
     * percentiles within 1 %. */
    private void compare(CareQuery query) {
        Instant now = Instant.now();
        for (Dimension by : Dimension.values()) {
            for (HoursCounted hours : HoursCounted.values()) {
                compare(query, by, hours, now, "by " + by.id() + ", " + hours.id());
            }
        }
        // by agent of one channel: its closed months from care_month's agent/<channel> rows
        for (String channel : new String[] {"facebook", "instagram", "linkedin"}) {
            CareQuery one = new CareQuery(query.brand(), query.window(), Map.of(Dimension.CHANNEL,
                    java.util.Optional.of(channel)));
            for (HoursCounted hours : HoursCounted.values()) {
                compare(one, Dimension.AGENT, hours, now, "by agent of " + channel + ", " + hours.id());
            }
        }
    }

    private void compare(CareQuery query, Dimension by, HoursCounted hours, Instant now, String what) {
        Care.View rolled = figures.figures(query, by, hours, now);
        Care.View exact = figures.exact(query, by, hours, now);
        assertEquals(exact.groups().size(), rolled.groups().size(), what);
        same(what + ", total", exact.total(), rolled.total());
        for (int i = 0; i < exact.groups().size(); i++) {
            same(what + ", " + exact.groups().get(i).value(), exact.groups().get(i), rolled.groups().get(i));
        }
    }

    private static void same(String what, Care.Group exact, Care.Group rolled) {
        assertEquals(exact.value(), rolled.value(), what);
        assertEquals(exact.conversations(), rolled.conversations(), what);
        assertEquals(exact.responseRate(), rolled.responseRate(), what);
        assertEquals(exact.withinTarget(), rolled.withinTarget(), what);
        assertEquals(exact.reopened(), rolled.reopened(), what);
        within(what + ", time to first response", exact.timeToFirstResponse(), rolled.timeToFirstResponse());
        within(what + ", resolution", exact.resolution(), rolled.resolution());
    }

    private static void within(String what, Care.Durations exact, Care.Durations rolled) {
        assertEquals(exact.base(), rolled.base(), what);
        if (exact.base() == 0) {
            assertEquals(exact, rolled, what);
            return;
        }
        assertTrue(Math.abs(rolled.medianSeconds() - exact.medianSeconds()) <= 0.01 * exact.medianSeconds() + 1e-6,
                what + ": median " + rolled.medianSeconds() + " against exactly " + exact.medianSeconds());
        assertTrue(Math.abs(rolled.p90Seconds() - exact.p90Seconds()) <= 0.01 * exact.p90Seconds() + 1e-6,
                what + ": p90 " + rolled.p90Seconds() + " against exactly " + exact.p90Seconds());
    }

    /** acme's rows of both rollups from the first to the last month, as text. */
    private List<String> rollups(LocalDate base, LocalDate after) throws SQLException {
        List<String> out = new ArrayList<>(rows("SELECT 'month ' || c::text FROM care_month c WHERE brand = 'acme'"
                + " AND month >= ? AND month <= ? ORDER BY dimension, month, value NULLS LAST", base, after));
        out.addAll(rows("SELECT 'channel agent day ' || c::text FROM care_channel_agent_day c WHERE brand = 'acme'"
                + " AND day >= ? AND day < ? ORDER BY channel, day, value NULLS LAST", base, after.plusMonths(1)));
        out.addAll(rows("SELECT 'day ' || c::text FROM care_day c WHERE brand = 'acme' AND day >= ? AND day < ?"
                + " ORDER BY dimension, day, value NULLS LAST", base, after.plusMonths(1)));
        return out;
    }

    /** The rows in which either rollup and the facts' aggregates differ, both ways. */
    private List<String> difference(LocalDate base, LocalDate after) throws SQLException {
        List<String> out = new ArrayList<>();
        // care_month keeps its histograms as JSON (text as written), compared as JSONB
        String monthColumns = "brand, month, dimension, value, conversations, answered, due_answered, due_unanswered,"
                + " within_target, ever_resolved, reopened, ttfr_seconds::jsonb, ttfr_business_seconds::jsonb,"
                + " resolution_seconds::jsonb, resolution_business_seconds::jsonb";
        String agentDayColumns = "brand, day, channel, value, conversations, answered, due_answered, due_unanswered,"
                + " within_target, ever_resolved, reopened, ttfr_seconds::jsonb, ttfr_business_seconds::jsonb,"
                + " resolution_seconds::jsonb, resolution_business_seconds::jsonb";
        for (String[] t : new String[][] {{"care_month", "care_month_worked_out", "month"},
            {"care_day", "care_day_worked_out", "day"},
            {"care_channel_agent_day", "care_channel_agent_day_worked_out", "day"}}) {
            String kept = "SELECT " + (t[0].equals("care_month") ? monthColumns
                    : t[0].equals("care_channel_agent_day") ? agentDayColumns : "*") + " FROM " + t[0]
                    + " WHERE brand = 'acme' AND " + t[2] + " >= ? AND " + t[2] + " < ?";
            String worked = "SELECT * FROM " + t[1] + " WHERE brand = 'acme' AND " + t[2] + " >= ? AND " + t[2]
                    + " < ?";
            out.addAll(rows("SELECT 'kept " + t[0] + " ' || x::text FROM ((" + kept + ") EXCEPT ALL (" + worked
                    + ")) x", base, after.plusMonths(1)));
            out.addAll(rows("SELECT 'worked out " + t[0] + " ' || x::text FROM ((" + worked + ") EXCEPT ALL ("
                    + kept + ")) x", base, after.plusMonths(1)));
        }
        return out;
    }

    /** The rows of a query whose parameters are pairs of the two dates, as text. */
    private List<String> rows(String sql, LocalDate first, LocalDate last) throws SQLException {
        int pairs = (int) sql.chars().filter(ch -> ch == '?').count() / 2;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < pairs; i++) {
                s.setObject(2 * i + 1, first);
                s.setObject(2 * i + 2, last);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }
}
