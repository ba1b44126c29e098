package io.parley.calendar.audit;

import io.parley.calendar.stories.Json;
import io.parley.calendar.approvals.Workflow;
import io.quarkus.panache.common.Sort;
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

    @Schema(name = "History")
    public record History(List<Entry> items) {
    }

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
    public History of(UUID storyId) {
        List<AuditEntry> entries = AuditEntry.list("storyId", Sort.by("id"), storyId);
        return new History(entries.stream().map(e -> new Entry(e.at, e.actor, e.external, e.reviewerId, e.variantId,
                e.action, Json.readMap(e.detail))).toList());
    }
}
