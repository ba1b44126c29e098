package io.parley.inbox.incidents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The incidents API's records. */
public final class IncidentViews {

    private IncidentViews() {
    }

    @Schema(name = "Incident", description = "A crisis: the brand's related conversations seen as one")
    public record View(UUID id, String brand, String title,
            @Schema(description = "open or closed") String state,
            @Schema(description = "spike (raised by analytics) or manual") String source,
            @Schema(description = "complaint or negative: the interactions gathered; null when gathered by terms")
            String signal,
            @Schema(description = "words gathered by, matched in their inflected forms") List<String> terms,
            Instant windowStart, Instant windowEnd, String openedBy, Instant openedAt, String closedBy,
            Instant closedAt, String resolution,
            @Schema(description = "conversations gathered") long conversations) {
    }

    // The page's documented shape (platform rest.Page of incidents); the endpoint answers Page<View> itself.
    @Schema(name = "Incidents", description = "A page of the brand's incidents, newest first; pass nextCursor as "
            + "cursor (with the same state) for the next")
    public record Page(@Schema(required = true) List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }


    // The page's documented shape (platform rest.Page of actions); the endpoint answers Page<Action> itself.
    @Schema(name = "PageIncidentAction", description = "A page of an incident's actions, oldest first; pass "
            + "nextCursor as cursor for the next")
    public record ActionPage(@Schema(required = true) List<Action> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "IncidentAction", description = "A recorded bulk action")
    public record Action(UUID id, @Schema(description = "gather, assign, hide or close") String action,
            String detail, @Schema(description = "conversations or interactions affected") int affected,
            String doneBy, Instant doneAt) {
    }

    static View of(Incident i, long conversations) {
        return new View(i.id, i.brand, i.title, i.state, i.source, i.signal,
                i.terms.isBlank() ? List.of() : List.of(i.terms.split(" ")), i.windowStart, i.windowEnd, i.openedBy,
                i.openedAt, i.closedBy, i.closedAt, i.resolution, conversations);
    }

    static Action of(IncidentAction a) {
        return new Action(a.id, a.action, a.detail, a.affected, a.doneBy, a.doneAt);
    }
}
