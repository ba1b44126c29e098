package io.parley.calendar.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The calendar-feed endpoints' shapes. */
public final class FeedsApi {

    private FeedsApi() {
    }

    @Schema(name = "NewCalendarFeed")
    public record NewFeed(@Schema(description = "brand: every story of the brand; mine: the caller's stories (they "
            + "own the story or wrote the variant). Default: mine", enumeration = {"brand", "mine"}, example = "mine")
            String scope) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CalendarFeed")
    public record View(UUID id, @Schema(example = "mine") String scope, @Schema(example = "editor1") String owner,
            Instant createdAt, Instant revokedAt, String revokedBy, Instant lastReadAt,
            @Schema(description = "only in the answer to POST: the secret URL for a calendar app, shown once")
            String url) {

        static View of(CalendarFeed f, String url) {
            return new View(f.id, f.scope, f.owner, f.createdAt, f.revokedAt, f.revokedBy, f.lastReadAt, url);
        }
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "CalendarFeedPage", description = "A page of calendar feeds; pass nextCursor as cursor for the next")
    public record FeedPage(@Schema(required = true) List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }
}
