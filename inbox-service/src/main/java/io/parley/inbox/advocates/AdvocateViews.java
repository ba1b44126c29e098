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

    @Schema(name = "Advocates")
    public record Page(@Schema(description = "positive conversations an author needs") int threshold,
            List<Advocate> items) {
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
