package io.parley.inbox.compensation;

import io.parley.inbox.conversations.Conversation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The compensation API's records, and their mapping from the entities. */
public final class CompensationViews {

    private CompensationViews() {
    }

    @Schema(name = "CompensationLimit", description = "What a role, or one person, may offer in one currency on "
            + "their own")
    public record Limit(
            @Schema(description = "a realm role (agent, manager, admin); set this or user", example = "agent")
            String role,
            @Schema(description = "one user name; a user's own limit wins over their roles'", example = "agent1")
            String user,
            @Schema(description = "ISO 4217 code", example = "EUR") String currency,
            @Schema(description = "the limit in minor units (5000 = 50.00 EUR); 0 means every offer needs an "
                    + "approver", example = "5000", type = SchemaType.INTEGER, format = "int64")
            BigDecimal amountMinor) {
    }

    @Schema(name = "CompensationLimits")
    public record Limits(String brand, List<Limit> limits) {
    }

    @Schema(name = "CompensationOffer", description = "One line of the ledger")
    public record Offer(
            UUID id,
            String brand,
            UUID conversationId,
            @Schema(description = "voucher, refund or gift") String kind,
            @Schema(description = "minor units of the currency") long amountMinor,
            String currency,
            String note,
            String offeredBy,
            Instant offeredAt,
            @Schema(description = "the offering agent's own limit in this currency when they offered")
            long limitMinor,
            @Schema(description = "offered (within the agent's limit), pending_approval, approved or rejected")
            String status,
            @Schema(description = "when an approver should decide by (pending and decided approvals)")
            Instant approvalDueAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment,
            @Schema(description = "customer of the conversation (the platform's author id and name)")
            String customerId,
            String customerName,
            @Schema(description = "the conversation's channel (facebook, instagram, ...)", example = "facebook")
            String platform,
            @Schema(description = "what the customer wrote first in the conversation, exactly as written: the "
                    + "context an approver decides on (approvers do not read the inbox itself)",
                    example = "Paczka zaginęła, a to był prezent!") String conversationPreview,
            @Schema(description = "the public reply the agent drafted to carry the offer, if they wrote one (not "
                    + "sent by the offer)", example = "Bardzo przepraszamy! Zwracamy całą kwotę.") String draftReply) {
    }

    @Schema(name = "CompensationApprovalContext", description = "Everything an approver decides on: the request, "
            + "the conversation's whole thread (the customer's messages and the brand's replies), the agent's draft "
            + "reply, how far above the asker's limit it is, and the customer's earlier conversations and "
            + "compensation in the brand")
    public record ApprovalContext(
            Offer offer,
            @Schema(description = "how far the amount is above the asker's limit, in minor units (0 when within)",
                    example = "7000") long overLimitMinor,
            @Schema(description = "the conversation as the inbox shows it: interactions exactly as written, "
                    + "replies with their delivery state") io.parley.inbox.queue.ConversationViews.Detail
            conversation,
            CustomerHistory customer) {
    }

    @Schema(name = "CompensationCustomerHistory", description = "The customer's earlier conversations and "
            + "compensation in the offer's brand")
    public record CustomerHistory(
            @Schema(description = "how many other conversations of the customer the brand has (counted up to "
                    + "50; the same account on the same network, or the same name on another)", example = "3")
            int conversations,
            @Schema(description = "how many of them were complaints", example = "2") int complaints,
            @Schema(description = "the most recent of them, newest first (at most 5)")
            List<io.parley.inbox.queue.ConversationViews.HistoryItem> recent,
            @Schema(description = "compensation the customer was offered before, here and in those conversations, "
                    + "newest first (at most 10; this request left out)") List<Offer> compensation) {
    }

    @Schema(name = "CompensationTotal", description = "Sums of one currency in the ledger's window")
    public record Total(String currency, long grantedMinor, long pendingMinor, long rejectedMinor, long offers) {
    }

    // The page's documented shape (platform rest.Page of offers); the endpoint answers Page<Offer> itself.
    @Schema(name = "PageCompensationOffer", description = "A page of offers, in the listing's order; pass nextCursor "
            + "as cursor for the next")
    public record OfferPage(@Schema(required = true) List<Offer> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "CompensationLedger", description = "A page of the ledger, newest first, with the whole window's "
            + "totals; pass nextCursor as cursor (with the same from, to and status) for the next")
    public record Ledger(String brand, Instant from, Instant to, @Schema(required = true) List<Offer> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor,
            @Schema(description = "per currency, of every offer in the window (not only this page)")
            List<Total> totals) {
    }

    static Limit limit(CompensationLimit l) {
        BigDecimal amount = BigDecimal.valueOf(l.amountMinor);
        return "role".equals(l.subjectKind) ? new Limit(l.subject, null, l.currency, amount)
                : new Limit(null, l.subject, l.currency, amount);
    }

    static Offer offer(CompensationOffer o, Conversation c) {
        return new Offer(o.id, o.brand, o.conversationId, o.kind, o.amountMinor, o.currency, o.note, o.offeredBy,
                o.offeredAt, o.limitMinor, o.status, o.approvalDueAt, o.decidedBy, o.decidedAt, o.decisionComment,
                c == null ? null : c.authorId, c == null ? null : c.authorName, c == null ? null : c.platform,
                c == null ? null : c.preview, o.draftReply);
    }
}
