package io.parley.calendar.audit;

import io.parley.platform.rest.Page;
import io.parley.platform.rest.Keyset;
import io.parley.calendar.stories.Json;
import io.parley.calendar.approvals.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The story's audit trail: every change, decision, skip, override, comment and reviewer action, in order. */
@ApplicationScoped
public class Audit {

    @Schema(name = "HistoryEntry", description = "One thing someone did to the story")
    public record Entry(Instant at, @Schema(example = "approver1") String actor,
            @Schema(description = "an external reviewer acting through a review link") boolean external,
            @Schema(description = "the review link's id, for an external reviewer") UUID reviewerId,
            UUID variantId, @Schema(example = "decision") String action, Map<String, Object> detail) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "HistoryPage", description = "A page of the story's audit trail, oldest first; pass nextCursor as "
            + "cursor for the next")
    public record HistoryPage(@Schema(required = true) List<Entry> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    /** The order of {@link #of} (the entry's sequence), and its cursors' name. */
    static final Keyset<AuditEntry> HISTORY = Keyset.<AuditEntry>ascending("story-history").number("id", e -> e.id);

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID storyId, UUID variantId, Workflow.Actor actor, String action, Map<String, ?> detail,
            Instant at) {
        AuditEntry e = new AuditEntry();
        e.storyId = storyId;
        e.variantId = variantId;
        e.actor = actor.user();
        e.external = actor.external();
        e.reviewerId = actor.reviewerId();
        e.action = action;
        e.detail = Json.write(detail);
        e.at = at;
        e.persist();
    }

    @Transactional
    public Page<Entry> of(UUID storyId, String cursor, int limit) {
        // oldest first: keyset on the entry's sequence, index story_audit_story (story_id, id)
        return HISTORY.page((q, p, rows) -> AuditEntry.<AuditEntry>find(q, p).range(0, rows - 1).list(),
                "storyId = :s", Map.of("s", storyId), cursor, limit).map(e -> new Entry(e.at, e.actor,
                e.external, e.reviewerId, e.variantId, e.action, Json.readMap(e.detail)));
    }
}
