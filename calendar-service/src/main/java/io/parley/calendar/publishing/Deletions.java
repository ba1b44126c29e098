package io.parley.calendar.publishing;

import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deleting a published post: an approver, manager or admin, with a reason, recorded; the gateway removes the post and
 * the variant becomes {@code deleted} when the network confirms. Nothing is reposted — a mistake is corrected
 * ({@link Corrections}).
 */
@ApplicationScoped
public class Deletions {

    @Inject
    Clock clock;

    @Inject
    StoryService stories;

    @Inject
    OutboundRequests outbound;

    @Inject
    Audit audit;

    @Transactional
    public Variant delete(String brand, UUID storyId, UUID variantId, String reason, Workflow.Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw StoryService.unprocessable(List.of(new Problem.FieldError("reason",
                    "is required: say why the post is removed")));
        }
        Variant v = stories.variant(brand, storyId, variantId);
        if (!VariantStatus.PUBLISHED.equals(v.status) || v.platformPostId == null) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status
                    + "; only a published post can be deleted");
        }
        long asked = PublicationAction.count("variantId = ?1 and kind = ?2", v.id, PublicationAction.DELETE);
        long pending = PublicationAction.count("variantId = ?1 and kind = ?2 and state not in ('delivered', 'failed')",
                v.id, PublicationAction.DELETE);
        if (pending > 0) {
            throw ProblemException.conflict("the deletion of variant " + variantId + " is already on its way");
        }
        Instant now = clock.instant();
        v.deletionBy = actor.user();
        v.deletionReason = reason;
        v.deletionRequestedAt = now;
        v.deletedAt = null;
        int round = (int) asked + 1;
        PublicationAction a = outbound.request(v, PublicationAction.DELETE, OutboundRequests.actionId(
                PublicationAction.DELETE, v.id, round), round, OutboundAction.DELETE_POST, v.platformPostId, null,
                null, List.of(), null, null, actor.user(), now);
        audit.record(storyId, v.id, actor, "deletion-requested", Map.of("reason", reason, "actionId",
                a.actionId.toString()), now);
        return v;
    }
}
