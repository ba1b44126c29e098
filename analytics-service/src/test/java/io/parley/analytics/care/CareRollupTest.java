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
 * The care rollup (care_day, migration V40) against the facts it is kept from: a window of whole days and part-days
 * at both ends, conversations answered in a spread of times, some unanswered after their due time, some resolved, one
 * reopened, one whose agent changes when a colleague answers it (the fact corrected: its old contribution out, the new
 * one in), another brand's conversation on the same days, and every event delivered twice.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class CareRollupTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Inject
    CareFigures figures;

    @Inject
    DataSource db;

    @Test
    void theRollupEqualsTheFactsAggregatesAndTheFiguresFromItMatchTheExactOnesUnderRedelivery() throws Exception {
        // Days of their own: the nineteenth century, before any other test's conversations (1900 on).
        LocalDate d0 = LocalDate.of(1800, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 36_000));
        Instant day0 = d0.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = day0.plus(Duration.ofHours(13));
        Instant to = day0.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)); // whole days: d0 + 1 and d0 + 2
        List<CareEvents> all = new ArrayList<>();
        Platform[] channels = {Platform.FACEBOOK, Platform.INSTAGRAM, Platform.LINKEDIN};
        String[] moments = {"complaint", "question", "praise", null};
        for (int i = 0; i < 24; i++) {
            Instant t = day0.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(110L * i));
            CareEvents c = CareEvents.opened("acme", channels[i % 3], t, i % 2 == 0 ? "care" : "billing",
                    moments[i % 4], i % 5 == 0 ? "en" : "pl", Duration.ofHours(1), 60);
            c.assigned(i % 2 == 0 ? "care" : "billing", "agent" + (1 + i % 3), t);
            all.add(c);
            if (i % 7 == 3) {
                continue; // unanswered, long after its due time
            }
            Instant answered = t.plus(Duration.ofSeconds(20 + 37L * i * i));
            // conversation 4 is answered by a colleague of its owner: it moves from agent2 to agent1
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
        // The part-days: two on the first day after from, one on the last before to; two just outside the window.
        long[][] parts = {{14 * 60, 600}, {23 * 60 + 30, 4000}, {3 * 1440 + 120, 90}, {12 * 60, 300},
            {3 * 1440 + 360, 300}};
        for (long[] p : parts) {
            Instant t = day0.plus(Duration.ofMinutes(p[0]));
            CareEvents c = CareEvents.opened("acme", Platform.FACEBOOK, t, "care", "question", "pl",
                    Duration.ofHours(1), 60);
            c.answered("agent2", t.plus(Duration.ofSeconds(p[1])), t.plus(Duration.ofHours(1)));
            all.add(c);
        }
        CareEvents other = CareEvents.opened("globex", Platform.FACEBOOK, day0.plus(Duration.ofHours(30)), "care",
                "question", "pl", Duration.ofHours(1), 60);
        other.answered("agent1", day0.plus(Duration.ofHours(31)), day0.plus(Duration.ofHours(31)));

        TimeWindow window = new TimeWindow(from, to);
        CareQuery query = new CareQuery("acme", window, Map.of());
        await().atMost(WAIT).untilAsserted(() -> {
            Care.View v = figures.figures(query, Dimension.CHANNEL, HoursCounted.ALL, Instant.now());
            assertEquals(27, v.total().conversations(), "24 on the whole days, 3 on the part-days");
            assertEquals(24, v.total().timeToFirstResponse().base(), "3, 10 and 17 unanswered");
            assertEquals(Care.Rate.of(1, 7), v.total().reopened(), "0, 6, 9, 12, 15, 18, 21 resolved; 6 reopened");
            Care.View a = figures.figures(query, Dimension.AGENT, HoursCounted.ALL, Instant.now());
            assertEquals(9, group(a, "agent1").conversations(), "0, 3, 6 ... 21 of agent1, and 4 answered by agent1");
        });
        compare(query);
        assertEquals(List.of(), difference(d0), "the rollup kept by the trigger is the facts' aggregates");
        List<String> before = rollup(d0);
        assertTrue(before.size() >= 10, "five groupings on each of the four days: " + before);
        // Brand isolation: globex's conversation is in globex's rollup, not in acme's.
        assertEquals(1, figures.figures(new CareQuery("globex", window, Map.of()), Dimension.CHANNEL,
                HoursCounted.ALL, Instant.now()).total().conversations());
        // And through the API as a manager sees it.
        assertEquals(27, given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1")))
                .queryParams(Map.of("from", from.toString(), "to", to.toString(), "by", "team"))
                .get("/api/v1/brands/acme/analytics/care").then().statusCode(200).extract().jsonPath()
                .getInt("total.conversations"));

        // Every event again, in the other order; then a marker behind each conversation's events.
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).redeliver();
        }
        other.redeliver();
        Instant later = day0.plus(Duration.ofDays(20));
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
        assertEquals(before, rollup(d0), "redelivery leaves the rollup as it was");
        assertEquals(List.of(), difference(d0));
        compare(query);
    }

    private static Care.Group group(Care.View v, String value) {
        return v.groups().stream().filter(g -> value.equals(g.value())).findFirst().orElseThrow();
    }

    /** The figures from the rollup against the exact ones from the facts: every count and rate equal, the
     * percentiles within 1 %. */
    private void compare(CareQuery query) {
        Instant now = Instant.now();
        for (Dimension by : Dimension.values()) {
            for (HoursCounted hours : HoursCounted.values()) {
                Care.View rolled = figures.figures(query, by, hours, now);
                Care.View exact = figures.exact(query, by, hours, now);
                String what = "by " + by.id() + ", " + hours.id();
                assertEquals(exact.groups().size(), rolled.groups().size(), what);
                same(what + ", total", exact.total(), rolled.total());
                for (int i = 0; i < exact.groups().size(); i++) {
                    same(what + ", " + exact.groups().get(i).value(), exact.groups().get(i), rolled.groups().get(i));
                }
            }
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

    /** The rows of acme's rollup on the four days, as text. */
    private List<String> rollup(LocalDate d0) throws SQLException {
        return rows("SELECT c::text FROM care_day c WHERE brand = 'acme' AND day >= ? AND day <= ?"
                + " ORDER BY dimension, day, value NULLS LAST", d0);
    }

    /** The rows in which the rollup and the facts' aggregates differ, both ways. */
    private List<String> difference(LocalDate d0) throws SQLException {
        String kept = "SELECT * FROM care_day WHERE brand = 'acme' AND day >= ?1 AND day <= ?2";
        String worked = "SELECT * FROM care_day_worked_out WHERE brand = 'acme' AND day >= ?1 AND day <= ?2";
        List<String> out = new ArrayList<>(rows("SELECT 'kept ' || x::text FROM ((" + kept + ") EXCEPT ALL ("
                + worked + ")) x", d0));
        out.addAll(rows("SELECT 'worked out ' || x::text FROM ((" + worked + ") EXCEPT ALL (" + kept + ")) x", d0));
        return out;
    }

    private List<String> rows(String sql, LocalDate d0) throws SQLException {
        String jdbc = sql.replace("?1", "?").replace("?2", "?");
        int pairs = (int) jdbc.chars().filter(ch -> ch == '?').count() / 2;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(jdbc)) {
            for (int i = 0; i < pairs; i++) {
                s.setObject(2 * i + 1, d0);
                s.setObject(2 * i + 2, d0.plusDays(3));
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
