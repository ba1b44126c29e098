package io.parley.inbox.advocates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The advocates API's records. */
public final class AdvocateViews {

    private AdvocateViews() {
    }

    @Schema(name = "Advocate", description = "An author and their positive interactions with the brand")
    public record Advocate(String platform, String authorId, String authorName,
            @Schema(description = "conversations with a praise or a positive interaction") long positiveConversations,
            @Schema(description = "praise or positive interactions") long positiveInteractions,
            Instant lastPositiveAt,
            @Schema(description = "true when positiveConversations reaches the brand's threshold") boolean advocate,
            @Schema(description = "when they were last asked for a recommendation") Instant lastAskedAt,
            @Schema(description = "when they may be asked again (null: now)") Instant mayAskAgainAt) {
    }

    @Schema(name = "Advocates", description = "A page of the brand's advocates, the most positive first; pass "
            + "nextCursor as cursor for the next")
    public record Page(@Schema(description = "positive conversations an author needs") int threshold,
            @Schema(required = true) List<Advocate> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    // The page's documented shape (platform rest.Page of requests); the endpoint answers Page<Request> itself.
    @Schema(name = "PageRecommendationRequest", description = "A page of the requests sent to an author, newest "
            + "first; pass nextCursor as cursor for the next")
    public record RequestPage(@Schema(required = true) List<Request> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "RecommendationRequest", description = "An advocate asked for a recommendation")
    public record Request(UUID id, String platform, String authorId, String authorName, String text,
            @Schema(description = "direct_message (sent through the channel gateway) or task (the platform sends no "
                    + "direct messages: a person asks)") String channel,
            @Schema(description = "the outbound action, for direct messages") UUID actionId,
            UUID conversationId, String requestedBy, Instant requestedAt) {
    }

    static Request of(AdvocateRequest r) {
        return new Request(r.id, r.platform, r.authorId, r.authorName, r.text, r.channel, r.actionId,
                r.conversationId, r.requestedBy, r.requestedAt);
    }
}
