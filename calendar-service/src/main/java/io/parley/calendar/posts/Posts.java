package io.parley.calendar.posts;

import io.parley.platform.time.TimeWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The API shapes of posts and the calendar, and the one mapping from entities to them. */
public final class Posts {

    /** The longest title; a working title for the calendar, not the post itself. */
    static final int TITLE_MAX = 200;
    /** The longest text any channel accepts (Facebook's 63,206 characters). */
    static final int TEXT_MAX = 63_206;

    private Posts() {
    }

    @Schema(name = "NewPost", description = "A draft post for one channel")
    public record NewPost(
            @NotBlank @Schema(description = "one of the caller's brands", example = "acme") String brand,
            @NotBlank @Schema(description = "the channel: facebook, instagram, x, linkedin, youtube, tiktok, vk, "
                    + "telegram, forum, rss or generic", example = "linkedin") String platform,
            @NotBlank @Size(max = TITLE_MAX) @Schema(description = "a short working title", example = "We are hiring")
            String title,
            @NotNull @Size(max = TEXT_MAX) @Schema(description = "the post's text, stored exactly as sent",
                    example = "We are growing our customer care team in Warsaw and Athens.") String text,
            @NotNull @Schema(description = "when it should go out (ISO-8601 instant)", example = "2026-11-26T09:00:00Z")
            Instant plannedFor) {
    }

    @Schema(name = "Post", description = "A post planned for one channel")
    public record View(
            UUID id,
            @Schema(example = "acme") String brand,
            @Schema(example = "linkedin") String platform,
            @Schema(example = "We are hiring") String title,
            String text,
            Instant plannedFor,
            @Schema(description = "draft (approval and scheduling come later)", example = "draft") String status,
            @Schema(description = "the user who drafted it", example = "editor1") String author,
            Instant createdAt) {
    }

    @Schema(name = "Calendar", description = "Posts planned in [from, to): in time order, and grouped by channel "
            + "(each group in time order too)")
    public record Calendar(
            @Schema(example = "acme") String brand,
            Instant from,
            Instant to,
            List<View> posts,
            @Schema(description = "the same posts by channel id; channels without posts are absent")
            Map<String, List<View>> byPlatform) {

        /** The view of posts already in time order. */
        public static Calendar of(String brand, TimeWindow range, List<View> inTimeOrder) {
            Map<String, List<View>> byPlatform = inTimeOrder.stream()
                    .collect(Collectors.groupingBy(View::platform, LinkedHashMap::new, Collectors.toList()));
            return new Calendar(brand, range.from(), range.to(), inTimeOrder, byPlatform);
        }
    }

    public static View view(Post p) {
        return new View(p.id, p.brand, p.platform, p.title, p.text, p.plannedFor, p.status, p.author, p.createdAt);
    }
}
