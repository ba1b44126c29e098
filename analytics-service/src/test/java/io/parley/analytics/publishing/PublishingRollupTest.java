package io.parley.analytics.publishing;

import io.parley.analytics.publishing.PublishingFiguresTest.Post;
import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.posts.LinkClicked;
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

import static io.parley.analytics.publishing.PublishingFiguresTest.click;
import static io.parley.analytics.publishing.PublishingFiguresTest.published;
import static io.parley.analytics.publishing.PublishingFiguresTest.reading;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publishing rollup (publishing_day, migration V50) against the posts it is kept from: a window of whole UTC days
 * and part-days at both ends, two channels (one whose network gives no reach or impressions, one post without reach),
 * a corrected reading (its post's old contribution out, the new one in) and an older one after it (ignored), clicks
 * on whole-day and part-day posts and one click that arrives before its post's first reading, another brand's post
 * on the same channel account and days, and every event delivered a second time.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class PublishingRollupTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Inject
    PublishingStore store;

    @Inject
    DataSource db;

    @Test
    void theRollupEqualsThePostsSumsUnderCorrectionRedeliveryAndClicks() throws Exception {
        // Days of their own: the 24th century, after every other publishing test's months (2040 to 2290).
        LocalDate d0 = LocalDate.of(2300, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 36_000));
        Instant day0 = d0.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = day0.plus(Duration.ofHours(13));
        Instant to = day0.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)); // whole days: d0 + 1 and d0 + 2
        String linkedin = UUID.randomUUID().toString();
        String youtube = UUID.randomUUID().toString();
        List<Event<?>> sent = new ArrayList<>();

        // Whole days: three LinkedIn posts (the third without reach), two YouTube posts (views only).
        Post l1 = published("acme", "Jesień w Warszawie", linkedin, Platform.LINKEDIN, at(day0, 1, 9));
        Post l2 = published("acme", "We are hiring", linkedin, Platform.LINKEDIN, at(day0, 1, 23));
        Post l3 = published("acme", "Νέα συλλογή", linkedin, Platform.LINKEDIN, at(day0, 2, 0));
        Post y1 = published("acme", "Как сложить пальто", youtube, Platform.YOUTUBE, at(day0, 1, 12));
        Post y2 = published("acme", "Unboxing", youtube, Platform.YOUTUBE, at(day0, 2, 18));
        // Part-days: two on the first day after from, one on the last day before to; two just outside the window.
        Post p1 = published("acme", "Part 1", linkedin, Platform.LINKEDIN, at(day0, 0, 14));
        Post p2 = published("acme", "Part 2", youtube, Platform.YOUTUBE, at(day0, 0, 23));
        Post p3 = published("acme", "Part 3", linkedin, Platform.LINKEDIN, at(day0, 3, 2));
        Post before = published("acme", "Before", linkedin, Platform.LINKEDIN, at(day0, 0, 12));
        Post after = published("acme", "After", linkedin, Platform.LINKEDIN, at(day0, 3, 6));
        // Another brand's post on the same channel account id and a whole day.
        Post other = published("globex", "Globex", linkedin, Platform.LINKEDIN, at(day0, 1, 10));

        // The click on l2 comes before any reading of l2: it counts once the post arrives.
        sent.add(click("acme", l2, at(day0, 1, 23).plusSeconds(30)));
        Instant read = day0.plus(Duration.ofDays(4));
        sent.add(reading("acme", l1, read, 1000L, 700L, 20L, 2L, 1L, null));
        sent.add(reading("acme", l2, read, 2000L, 1500L, 40L, 4L, 3L, null));
        sent.add(reading("acme", l3, read, 500L, null, 10L, 1L, 0L, null));
        sent.add(reading("acme", y1, read, null, null, 30L, 5L, null, 9000L));
        sent.add(reading("acme", y2, read, null, null, 12L, 2L, null, 3000L));
        sent.add(reading("acme", p1, read, 300L, 200L, 6L, 1L, 1L, null));
        sent.add(reading("acme", p2, read, null, null, 8L, 0L, null, 1200L));
        sent.add(reading("acme", p3, read, 400L, 350L, 9L, 3L, 2L, null));
        sent.add(reading("acme", before, read, 77_000L, 70_000L, 700L, 70L, 7L, null));
        sent.add(reading("acme", after, read, 88_000L, 80_000L, 800L, 80L, 8L, null));
        sent.add(reading("globex", other, read, 55_555L, 44_444L, 333L, 22L, 1L, null));
        // The corrected reading of l1 (newer), then an older one (ignored: the post keeps its latest reading).
        sent.add(reading("acme", l1, read.plusSeconds(3600), 4210L, 2875L, 96L, 14L, 9L, null));
        sent.add(reading("acme", l1, read.minusSeconds(3600), 10L, 10L, 1L, 0L, 0L, null));
        for (Post p : List.of(l1, l1, l1, y1, p1, p3, before, other)) {
            sent.add(click(p == other ? "globex" : "acme", p, read.plusSeconds(60)));
        }

        TimeWindow window = new TimeWindow(from, to);
        await().atMost(WAIT).untilAsserted(() -> {
            Publishing.Figures t = totals("acme", window);
            assertEquals(8, t.posts(), "5 on the whole days, 3 on the part-days");
            assertEquals(4210 + 2000 + 500 + 300 + 400, t.impressions(), "l1 as corrected; the YouTube posts none");
            assertEquals(3 + 1 + 1 + 1 + 1, t.clickThroughs(), "l1 3, l2 1 (before its reading), y1, p1, p3");
            assertEquals(1, totals("globex", window).clickThroughs());
        });
        Publishing.Figures t = totals("acme", window);
        assertEquals(96 + 40 + 10 + 30 + 12 + 6 + 8 + 9, t.reactions());
        assertEquals(2875 + 1500 + 200 + 350, t.reach(), "the posts with reach");
        assertEquals(9000 + 3000 + 1200, t.views());
        assertNull(t.engagementRateBase(), "no base every post has: LinkedIn's reach/impressions, YouTube's views");
        assertNull(t.engagementRate());
        Map<List<String>, Publishing.Figures> perChannel = store.figures("acme", window, true);
        Publishing.Figures li = perChannel.get(List.of(linkedin, "linkedin"));
        assertEquals(5, li.posts());
        assertEquals("impressions", li.engagementRateBase(), "l3 has no reach: the base every LinkedIn post has");
        assertEquals(4210 + 2000 + 500 + 300 + 400, li.engagementRateBaseValue());
        assertEquals("views", perChannel.get(List.of(youtube, "youtube")).engagementRateBase());
        // Brand isolation: globex's post on the same channel account id is globex's alone.
        Publishing.Figures g = totals("globex", window);
        assertEquals(1, g.posts());
        assertEquals(55_555, g.impressions());

        compare(window);
        compare(new TimeWindow(day0.plus(Duration.ofDays(1)), day0.plus(Duration.ofDays(3)))); // whole days only
        compare(new TimeWindow(from, day0.plus(Duration.ofDays(1)).plus(Duration.ofHours(5)))); // no whole day
        assertEquals(List.of(), difference(d0), "the rollup kept by the triggers is the posts' sums");
        List<String> rows = rollup(d0);
        assertEquals(8, rows.size(), "acme: d0 LinkedIn and YouTube, d0+1 both, d0+2 both, d0+3 LinkedIn; globex d0+1: "
                + rows);

        // Every event again, the last first; then a marker behind them on each key (the channel's, each story's).
        for (int i = sent.size() - 1; i >= 0; i--) {
            Event<?> e = sent.get(i);
            // as first sent: a reading on its channel's key, a click on its story's
            TestEvents.send(e.data() instanceof PostMetricsObserved m ? m.channelAccountId()
                    : ((LinkClicked) e.data()).storyId().toString(), e);
        }
        Instant later = day0.plus(Duration.ofDays(20));
        Post marker = new Post(UUID.randomUUID(), UUID.randomUUID(), linkedin, Platform.LINKEDIN, later);
        Post youtubeMarker = new Post(UUID.randomUUID(), UUID.randomUUID(), youtube, Platform.YOUTUBE, later);
        reading("acme", marker, later.plusSeconds(60), 10L, 10L, 1L, 0L, 0L, null);
        reading("acme", youtubeMarker, later.plusSeconds(60), null, null, 1L, 0L, null, 10L);
        for (Post p : List.of(l1, l2, y1, p1, p3, before, other)) {
            click("acme", new Post(p.story(), marker.variant(), linkedin, Platform.LINKEDIN, later), later);
        }
        TimeWindow markers = new TimeWindow(later, later.plus(Duration.ofDays(1)));
        await().atMost(WAIT).untilAsserted(() -> {
            Publishing.Figures m = totals("acme", markers);
            assertEquals(2, m.posts(), "each channel's key has had its marker reading read");
            assertEquals(7, m.clickThroughs(), "every story's key has had its marker click read");
        });
        assertEquals(rows, rollup(d0), "redelivery leaves the rollup as it was");
        assertEquals(List.of(), difference(d0));
        compare(window);
        assertEquals(t, totals("acme", window));
    }

    private static Instant at(Instant day0, int day, int hour) {
        return day0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }

    private Publishing.Figures totals(String brand, TimeWindow window) {
        return store.figures(brand, window, false).values().stream().findFirst().orElseThrow();
    }

    /** The figures from the rollup and the part-days against those summed from every post of the window. */
    private void compare(TimeWindow window) {
        for (String brand : List.of("acme", "globex")) {
            assertEquals(store.exact(brand, window, true), store.figures(brand, window, true), brand + " " + window);
            assertEquals(store.exact(brand, window, false), store.figures(brand, window, false), brand + " "
                    + window);
        }
        assertTrue(!store.exact("acme", window, false).isEmpty(), "the window has posts: " + window);
    }

    /** The rows of the rollup on the four days (both brands), as text. */
    private List<String> rollup(LocalDate d0) throws SQLException {
        return rows("SELECT d::text FROM publishing_day d WHERE brand IN ('acme', 'globex') AND day >= ? AND day <= ?"
                + " ORDER BY brand, day, channel_account_id, platform", d0);
    }

    /** The rows in which the rollup and the posts' sums differ, both ways. */
    private List<String> difference(LocalDate d0) throws SQLException {
        String kept = "SELECT * FROM publishing_day WHERE day >= ?1 AND day <= ?2";
        String worked = "SELECT * FROM publishing_day_worked_out WHERE day >= ?1 AND day <= ?2";
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
