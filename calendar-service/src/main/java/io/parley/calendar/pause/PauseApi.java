package io.parley.calendar.pause;

import io.parley.calendar.stories.Variant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The publishing pause's API records and their mapping from the entities, in one place. */
public final class PauseApi {

    private PauseApi() {
    }

    @Schema(name = "PausePublishing", description = "Pause every scheduled post of the brand until lifted")
    public record PauseRequest(
            @Schema(required = true, maxLength = Pauses.MAX_REASON, description = "why, for the team and the record",
                    example = "Awaria płatności: wstrzymujemy posty promocyjne do odwołania.") String reason,
            @Schema(description = "the incident it is paused from (inbox-service's incident id), if any")
            UUID incidentId) {
    }

    @Schema(name = "LiftPause", description = "Lift the brand's publishing pause")
    public record LiftRequest(
            @Schema(required = true, maxLength = Pauses.MAX_REASON, example = "Płatności działają, komunikat wydany.")
            String reason,
            @Schema(required = true, enumeration = {HeldPosts.SEND, HeldPosts.RESCHEDULE}, description = "what becomes "
                    + "of the posts whose time came while paused: send (they go out now, oldest due first) or "
                    + "reschedule (they go back to approved without a time, for an editor to schedule again)")
            String held) {
    }

    @Schema(name = "PublishingPause", description = "A pause of all of a brand's publishing: who, when, why")
    public record View(UUID id, String brand, String reason,
            @Schema(description = "the incident it was paused from, if any") UUID incidentId,
            String pausedBy, Instant pausedAt,
            @Schema(description = "null while in force") String liftedBy,
            Instant liftedAt, String liftReason,
            @Schema(description = "on lift: send or reschedule") String held,
            @Schema(nullable = true, description = "on lift: how many posts had been held") Integer heldPosts) {

        static View of(PublishingPause p) {
            return new View(p.id, p.brand, p.reason, p.incidentId, p.pausedBy, p.pausedAt, p.liftedBy, p.liftedAt,
                    p.liftReason, p.held, p.heldCount);
        }
    }

    @Schema(name = "HeldPost", description = "A scheduled post whose time came while publishing is paused")
    public record HeldPost(UUID storyId, UUID variantId, String channelAccount, String platform,
            Instant scheduledFor) {

        static HeldPost of(Variant v) {
            return new HeldPost(v.storyId, v.id, v.channelAccount, v.platform, v.scheduledFor);
        }
    }

    @Schema(name = "PublishingStatus", description = "Whether the brand's publishing is paused, and what it holds")
    public record Status(boolean paused,
            @Schema(description = "the pause in force; null when publishing runs") View pause,
            @Schema(description = "how many scheduled posts are held (their time has come)") int held,
            @Schema(description = "the held posts, oldest due first (at most 100)") List<HeldPost> heldPosts,
            @Schema(description = "what lifting should do with them, as Parley suggests: send when none is more than "
                    + "parley.calendar.publishing.held-stale-after late, else reschedule",
                    enumeration = {HeldPosts.SEND, HeldPosts.RESCHEDULE}) String suggestion) {

        static Status of(Pauses.State s) {
            return new Status(s.pause().isPresent(), s.pause().map(View::of).orElse(null), s.held().size(),
                    s.held().stream().limit(100).map(HeldPost::of).toList(), s.suggestion());
        }
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "PublishingPausePage", description = "A page of the brand's pauses, newest first; pass nextCursor as "
            + "cursor for the next")
    public record HistoryPage(@Schema(required = true) List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }
}
