package io.parley.calendar.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API shapes of posts and the calendar, and the mapping from entities. */
public final class Posts {

    private Posts() {
    }

    @Schema(name = "NewPost", description = "A draft post for one channel")
    public record NewPost(
            @NotBlank @Schema(example = "acme") String brand,
            @NotBlank @Schema(description = "the channel", example = "linkedin") String platform,
            @NotBlank @Size(max = 200) @Schema(example = "We are hiring") String title,
            @NotNull @Size(max = 63206) @Schema(example = "We are growing our customer care team.") String text,
            @NotNull @Schema(description = "when it should go out", example = "2026-11-26T09:00:00Z")
            Instant plannedFor) {
    }

    @Schema(name = "Post")
    public record View(UUID id, String brand, String platform, String title, String text, Instant plannedFor,
            String status, String author, Instant createdAt) {
    }

    @Schema(name = "Calendar", description = "Posts planned in [from, to), in time order and by channel")
    public record Calendar(String brand, Instant from, Instant to, List<View> posts, Map<String, List<View>> byPlatform) {
    }

    public static View view(Post p) {
        return new View(p.id, p.brand, p.platform, p.title, p.text, p.plannedFor, p.status, p.author, p.createdAt);
    }
}
