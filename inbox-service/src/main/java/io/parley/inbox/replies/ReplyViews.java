package io.parley.inbox.replies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's shapes of replies (in a conversation, alone, in the approvals queue), mapped from entities here only. */
public final class ReplyViews {

    private ReplyViews() {
    }

    @Schema(name = "Reply", description = "A public reply by the brand")
    public record ReplyView(UUID id, String text, String author, String status, Instant createdAt,
            Instant deliveredAt, String platformObjectId, String failureReason,
            @Schema(description = "the standards check's verdict: pass, warn or block (block only with an override); "
                    + "null for replies written before checks") String checkVerdict,
            @Schema(description = "the standards check's findings (warnings such as moving the conversation to "
                    + "private, and overridden blocks), as standards-service reported them")
            List<java.util.Map<String, Object>> findings,
            @Schema(description = "the approver who sent it despite blocking findings") String overrideBy,
            @Schema(description = "why the approver overrode the blocking findings") String overrideReason,
            @Schema(description = "for a reply of an agent the brand holds for approval: where the approval is; null "
                    + "for a reply that was never held") ApprovalView approval) {
    }

    @Schema(name = "ReplyApproval", description = "A held reply's approval: waiting (status awaiting_approval), "
            + "approved (then sent as any reply, in its author's name) or rejected (status rejected, back to the author)")
    public record ApprovalView(
            @Schema(description = "waiting, approved or rejected", example = "waiting") String state,
            @Schema(description = "when an approver should have decided") Instant dueAt,
            @Schema(description = "still waiting after its due time") boolean overdue,
            @Schema(description = "the approver who decided", example = "manager1") String decidedBy,
            Instant decidedAt,
            @Schema(description = "the approver's comment (always given for a rejection)",
                    example = "Name the courier and the new delivery date.") String comment,
            @Schema(description = "the author's own text, when the approver edited it before approving")
            String originalText) {
    }

    public static ReplyView reply(Reply r) {
        return reply(r, Instant.now());
    }

    public static ReplyView reply(Reply r, Instant now) {
        return new ReplyView(r.id, r.text, r.author, r.status.name(), r.createdAt, r.deliveredAt, r.platformObjectId,
                r.failureReason, r.checkVerdict, r.checkFindings, r.overrideBy, r.overrideReason, approval(r, now));
    }

    private static ApprovalView approval(Reply r, Instant now) {
        if (r.approvalDueAt == null) {
            return null;
        }
        boolean waiting = r.status == ReplyStatus.awaiting_approval;
        String state = waiting ? "waiting" : r.status == ReplyStatus.rejected ? "rejected"
                : "approved";
        return new ApprovalView(state, r.approvalDueAt, waiting && now.isAfter(r.approvalDueAt), r.decidedBy,
                r.decidedAt, r.decisionComment, r.originalText);
    }
}
