package io.parley.calendar.posts;

import io.parley.platform.time.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostsViewTest {

    private static final TimeWindow NOVEMBER = new TimeWindow(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));

    private static Posts.View post(String platform, String plannedFor) {
        return new Posts.View(UUID.randomUUID(), "acme", platform, "t", "x", Instant.parse(plannedFor), "draft",
                "editor1", Instant.parse("2026-10-01T00:00:00Z"));
    }

    @Test
    void postsAreGroupedByChannelKeepingTimeOrderAndChannelsInOrderOfTheirFirstPost() {
        Posts.View li = post("linkedin", "2026-11-02T09:00:00Z");
        Posts.View fb1 = post("facebook", "2026-11-03T09:00:00Z");
        Posts.View li2 = post("linkedin", "2026-11-04T09:00:00Z");
        Posts.View fb2 = post("facebook", "2026-11-05T09:00:00Z");
        Posts.Calendar calendar = Posts.Calendar.of("acme", NOVEMBER, List.of(li, fb1, li2, fb2));
        assertEquals(List.of(li, fb1, li2, fb2), calendar.posts());
        assertEquals(List.of("linkedin", "facebook"), List.copyOf(calendar.byPlatform().keySet()));
        assertEquals(List.of(li, li2), calendar.byPlatform().get("linkedin"));
        assertEquals(List.of(fb1, fb2), calendar.byPlatform().get("facebook"));
        assertEquals(NOVEMBER.to(), calendar.to());
    }

    @Test
    void anEmptyRangeHasNoChannels() {
        Posts.Calendar calendar = Posts.Calendar.of("acme", NOVEMBER, List.of());
        assertEquals(List.of(), calendar.posts());
        assertEquals(0, calendar.byPlatform().size());
    }
}
