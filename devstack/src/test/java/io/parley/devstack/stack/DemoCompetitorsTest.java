package io.parley.devstack.stack;

import io.parley.contracts.listening.CompetitorPostObserved;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo competitor's posts: none in the future, and loading the demo a day later repeats none under a new id. */
class DemoCompetitorsTest {

    @Test
    void sixWeeksOfPostsNoneAheadOfNow_theSameDaysKeepTheirIds() {
        Instant now = Instant.parse("2026-12-05T23:00:00Z");
        List<CompetitorPostObserved> today = DemoCompetitors.posts(now);
        assertTrue(today.size() > 6 * 5, "about six weeks of five or more posts: " + today.size());
        assertTrue(today.stream().allMatch(p -> !p.publishedAt().isAfter(now)));
        assertTrue(today.stream().allMatch(p -> p.competitor().equals("globex")
                && p.sourceName().contains("demo data")));
        assertEquals(today.size(), today.stream().map(CompetitorPostObserved::postId).distinct().count());

        List<CompetitorPostObserved> tomorrow = DemoCompetitors.posts(now.plusSeconds(86_400));
        Set<Object> ids = tomorrow.stream().map(CompetitorPostObserved::postId).collect(Collectors.toSet());
        // The days both loads cover are the same posts (same ids); only the oldest day drops out of the window.
        long shared = today.stream().filter(p -> ids.contains(p.postId())).count();
        assertTrue(shared >= today.size() - 3, shared + " of " + today.size());
    }
}
