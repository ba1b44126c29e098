package io.parley.inbox.compensation;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.CompensationApprovalRequested;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.CompensationOffered;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compensation (R2.8): an agent offers up to their own limit; above it the offer waits for one of the brand's
 * approvers, due by the approval target. Every change goes into the ledger and out as an event on
 * {@code parley.inbox.v1} in the same transaction.
 */
@ApplicationScoped
public class CompensationService {

    static final String SERVICE = "inbox-service";
    public static final List<String> KINDS = List.of("voucher", "refund", "gift");

    private final Conversations conversations;
    private final Outbox outbox;
    private final Clock clock;
    private final CompensationConfig config;
    private final AuditTrail audit;

    /** Audit actions of compensation in the conversation's trail (docs/inbox.md). */
    public static final String AUDIT_OFFERED = "compensation_offered";
    public static final String AUDIT_REQUESTED = "compensation_requested";
    public static final String AUDIT_APPROVED = "compensation_approved";
    public static final String AUDIT_REJECTED = "compensation_rejected";

    @Inject
    public CompensationService(Conversations conversations, Outbox outbox, Clock clock,
            CompensationConfig config, AuditTrail audit) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    /** What an agent asks to offer, with the public reply they drafted to carry it (optional). */
    public record OfferRequest(String kind, java.math.BigDecimal amountMinor, String currency, String note,
            String reply) {
    }

    /** The brand's limits, roles first, then users, each by currency. */
    @Transactional
    public List<CompensationLimit> limits(String brand) {
        return CompensationLimit.list("brand", Sort.by("subjectKind").and("subject").and("currency"), brand);
    }

    /** Replaces the brand's limits with these (a manager's whole table, checked first: 422 names each bad row). */
    @Transactional
    public List<CompensationLimit> replaceLimits(String brand, List<CompensationViews.Limit> rows, String by) {
        List<Problem.FieldError> errors = CompensationAuthority.check(rows);
        Money.require(errors);
        CompensationLimit.delete("brand", brand);
        CompensationLimit.getEntityManager().flush();
        Instant now = clock.instant();
        for (CompensationViews.Limit row : rows) {
            CompensationLimit l = new CompensationLimit();
            l.id = UUID.randomUUID();
            l.brand = brand;
            boolean role = CompensationAuthority.isRole(row);
            l.subjectKind = role ? "role" : "user";
            l.subject = role ? row.role() : row.user();
            l.currency = row.currency();
            l.amountMinor = row.amountMinor().longValueExact();
            l.updatedBy = by;
            l.updatedAt = now;
            l.persist();
        }
        return limits(brand);
    }

    /** The caller's own limit in a currency: their personal one, else the highest of their roles', else 0. */
    @Transactional
    public long limitOf(String brand, String user, Set<String> roles, String currency) {
        return CompensationAuthority.limitOf(CompensationLimit.list("brand = ?1 and currency = ?2", brand, currency),
                user, roles, currency);
    }

    /**
     * Offers compensation on a conversation: {@code offered} within the caller's limit, else
     * {@code pending_approval}, due by the approval target.
     */
    @Transactional
    public CompensationOffer offer(UUID conversationId, Set<String> brands, String user, Set<String> roles,
            OfferRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.kind() == null || !KINDS.contains(request.kind())) {
            errors.add(new Problem.FieldError("kind", "must be one of " + KINDS + (request.kind() == null ? ""
                    : ", was '" + request.kind() + "'")));
        }
        errors.addAll(Money.check("amountMinor", request.amountMinor(), "currency", request.currency(), false));
        if (request.note() != null && request.note().length() > 2000) {
            errors.add(new Problem.FieldError("note", "must be at most 2000 characters"));
        }
        if (request.reply() != null && request.reply().length() > 2000) {
            errors.add(new Problem.FieldError("reply", "must be at most 2000 characters"));
        }
        Money.require(errors); // the body first (ADR 8): a bad amount is named whether or not the conversation exists
        Conversation c = conversations.get(conversationId, brands);
        Instant now = clock.instant();
        CompensationOffer o = new CompensationOffer();
        o.id = UUID.randomUUID();
        o.brand = c.brand;
        o.conversationId = c.id;
        o.kind = request.kind();
        o.amountMinor = request.amountMinor().longValueExact();
        o.currency = request.currency();
        o.note = request.note();
        o.draftReply = request.reply() == null || request.reply().isBlank() ? null : request.reply();
        o.offeredBy = user;
        o.offeredAt = now;
        o.limitMinor = limitOf(c.brand, user, roles, o.currency);
        o.status = CompensationAuthority.statusOf(o.amountMinor, o.limitMinor);
        if (CompensationOffer.OFFERED.equals(o.status)) {
            o.persist();
            offered(o, null, now);
            audit.record(c.id, c.brand, AUDIT_OFFERED, user, auditDetails(o));
        } else {
            o.approvalDueAt = now.plus(config.approvalTarget());
            o.persist();
            outbox.add(c.id.toString(), Event.of(StableIds.of("compensation", o.id.toString(), "requested"), SERVICE,
                    o.brand, c.id.toString(), now, now, new CompensationApprovalRequested(o.id, c.id, o.kind,
                            o.amountMinor, o.currency, user, o.limitMinor, o.approvalDueAt)));
            audit.record(c.id, c.brand, AUDIT_REQUESTED, user, auditDetails(o));
        }
        return o;
    }

    /** What the conversation's audit trail keeps of an offer: the offer, its money and the asker's limit. */
    private static Map<String, Object> auditDetails(CompensationOffer o) {
        return AuditTrail.details("offerId", o.id, "kind", o.kind, "amountMinor", o.amountMinor, "currency",
                o.currency, "limitMinor", o.limitMinor, "note", o.note);
    }

    private void offered(CompensationOffer o, String approvedBy, Instant now) {
        outbox.add(o.conversationId.toString(), Event.of(StableIds.of("compensation", o.id.toString(), "offered"),
                SERVICE, o.brand, o.conversationId.toString(), now, now, new CompensationOffered(o.id,
                        o.conversationId, o.kind, o.amountMinor, o.currency, o.offeredBy, approvedBy)));
    }

    /**
     * An approver decides on a pending offer. Another brand's offer is 404; an offer already decided, or the
     * approver's own request, is refused.
     */
    @Transactional
    public CompensationOffer decide(String brand, UUID offerId, boolean approve, String approver, String comment) {
        CompensationOffer o = CompensationOffer.findById(offerId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || !o.brand.equals(brand)) {
            throw ProblemException.notFound("compensation offer " + offerId + " does not exist in brand " + brand);
        }
        CompensationAuthority.requireDecidable(o, approver, brand);
        Instant now = clock.instant();
        o.status = approve ? CompensationOffer.APPROVED : CompensationOffer.REJECTED;
        o.decidedBy = approver;
        o.decidedAt = now;
        o.decisionComment = comment;
        outbox.add(o.conversationId.toString(), Event.of(StableIds.of("compensation", o.id.toString(), "decided"),
                SERVICE, o.brand, o.conversationId.toString(), now, now, new CompensationDecided(o.id,
                        o.conversationId, approve ? "approved" : "rejected", o.amountMinor, o.currency, o.offeredBy,
                        approver, comment, !now.isAfter(o.approvalDueAt))));
        if (approve) {
            offered(o, approver, now);
        }
        Map<String, Object> details = auditDetails(o);
        details.put("askedBy", o.offeredBy);
        if (comment != null) {
            details.put("reason", comment);
        }
        details.put("withinTarget", !now.isAfter(o.approvalDueAt));
        audit.record(o.conversationId, o.brand, approve ? AUDIT_APPROVED : AUDIT_REJECTED, approver, details);
        return o;
    }

    /** The listing of {@link #pending}: (approval_due_at, id), index compensation_offer_pending_page. */
    static final Keyset<CompensationOffer> PENDING = Keyset.<CompensationOffer>ascending("compensation-approvals")
            .instant("approvalDueAt", o -> o.approvalDueAt).uuid("id", o -> o.id);

    /** A page of the brand's offers waiting for an approver, the soonest due first. */

    /** Offers waiting for an approver, the most urgent first. */
    @Transactional
    public Page<CompensationOffer> pending(String brand, String cursor, int limit) {
        return PENDING.page((q, p, rows) -> CompensationOffer.<CompensationOffer>find(q, p).range(0, rows - 1).list(),
                "brand = :b and status = :s",
                Map.of("b", brand, "s", CompensationOffer.PENDING), cursor, limit);
    }

    /** The listing of {@link #ofConversation}: (offered_at, id), index compensation_offer_of_conversation. */
    static final Keyset<CompensationOffer> OF_CONVERSATION = Keyset.<CompensationOffer>ascending(
            "conversation-compensation").instant("offeredAt", o -> o.offeredAt).uuid("id", o -> o.id);

    /** A page of the offers on a conversation, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<CompensationOffer> ofConversation(UUID conversationId, Set<String> brands, String cursor, int limit) {
        conversations.get(conversationId, brands);
        return OF_CONVERSATION.page((q, p, rows) -> CompensationOffer.<CompensationOffer>find(q, p)
                .range(0, rows - 1).list(), "conversationId = :c", Map.of("c", conversationId), cursor, limit);
    }

    @Transactional
    public CompensationOffer get(String brand, UUID offerId) {
        CompensationOffer o = CompensationOffer.findById(offerId);
        if (o == null || !o.brand.equals(brand)) {
            throw ProblemException.notFound("compensation offer " + offerId + " does not exist in brand " + brand);
        }
        return o;
    }

    /** The listing of {@link #ledger}: (offered_at, id) descending, index compensation_offer_ledger_page. */
    static final Keyset<CompensationOffer> LEDGER = Keyset.<CompensationOffer>descending("compensation-ledger")
            .instant("offeredAt", o -> o.offeredAt).uuid("id", o -> o.id);

    /**
     * A page of the ledger of a window, newest first, optionally of one status, after {@code cursor} (null: the
     * first page), with the whole window's totals per currency (summed by the database, on every page).
     */
    @Transactional
    public CompensationViews.Ledger ledger(String brand, Instant from, Instant to, Optional<String> status,
            String cursor, int limit) {
        String where = "brand = :b and offeredAt >= :f and offeredAt < :t" + status.map(s -> " and status = :s")
                .orElse("");
        Map<String, Object> p = new LinkedHashMap<>(Map.of("b", brand, "f", from, "t", to));
        status.ifPresent(s -> p.put("s", s));
        Page<CompensationOffer> page = LEDGER.page((q, args, rows) -> CompensationOffer.<CompensationOffer>find(q, args)
                .range(0, rows - 1).list(), where, p, cursor, limit);
        var sums = CompensationOffer.getEntityManager().createQuery("select currency, status, sum(amountMinor), "
                + "count(*) from CompensationOffer where " + where + " group by currency, status", Object[].class);
        p.forEach(sums::setParameter);
        Map<String, long[]> totals = new java.util.TreeMap<>();
        for (Object[] row : sums.getResultList()) {
            long[] s = totals.computeIfAbsent((String) row[0], k -> new long[4]);
            long sum = ((Number) row[2]).longValue();
            switch ((String) row[1]) {
                case CompensationOffer.OFFERED, CompensationOffer.APPROVED -> s[0] += sum;
                case CompensationOffer.PENDING -> s[1] += sum;
                default -> s[2] += sum;
            }
            s[3] += ((Number) row[3]).longValue();
        }
        Map<UUID, Conversation> customers = new LinkedHashMap<>();
        List<CompensationViews.Offer> items = page.items().stream().map(o -> {
            Conversation c = customers.computeIfAbsent(o.conversationId, id -> Conversation.findById(id));
            return CompensationViews.offer(o, c);
        }).toList();
        return new CompensationViews.Ledger(brand, from, to, items, page.nextCursor(), totals.entrySet().stream()
                .map(e -> new CompensationViews.Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])).toList());
    }

    /** How many of the customer's other conversations an approval's context counts, and how many it lists. */
    static final int HISTORY_COUNTED = 50;
    static final int HISTORY_LISTED = 5;
    static final int EARLIER_OFFERS = 10;

    @Inject
    io.parley.inbox.conversations.InteractionHistory interactionHistory;

    @Inject
    io.parley.inbox.replies.ReplyService replies;

    @Inject
    io.parley.inbox.stories.StoryLinks stories;

    /**
     * What an approver decides on (issue 21, item 6): the request, the conversation's whole thread with the
     * brand's replies, the agent's draft reply, the distance above the limit, and the customer's history and
     * earlier compensation in the offer's brand only.
     */
    @Transactional
    public CompensationViews.ApprovalContext context(String brand, UUID offerId) {
        CompensationOffer o = get(brand, offerId);
        Conversation c = Conversation.findById(o.conversationId);
        List<io.parley.inbox.conversations.Interaction> interactions = conversations.interactions(c.id);
        var detail = io.parley.inbox.queue.ConversationViews.detail(c, interactions,
                interactionHistory.revisions(interactions.stream().map(i -> i.id).toList()), replies.of(c.id),
                clock.instant(), stories.of(c));
        List<Conversation> others = conversations.authorHistory(c, Set.of(brand), null, HISTORY_COUNTED).items();
        var history = io.parley.inbox.queue.ConversationViews.history(c, new Page<>(others, null));
        List<UUID> ids = new ArrayList<>(others.stream().map(x -> x.id).toList());
        ids.add(c.id);
        List<CompensationViews.Offer> earlier = CompensationOffer.<CompensationOffer>find(
                        "brand = ?1 and conversationId in ?2 and id <> ?3",
                        Sort.by("offeredAt", Sort.Direction.Descending).and("id"), brand, ids, o.id)
                .page(0, EARLIER_OFFERS).list().stream().map(this::view).toList();
        int complaints = (int) others.stream().filter(x -> "complaint".equals(x.moment)).count();
        return new CompensationViews.ApprovalContext(view(o), Math.max(0, o.amountMinor - o.limitMinor), detail,
                new CompensationViews.CustomerHistory(others.size(), complaints,
                        history.items().stream().limit(HISTORY_LISTED).toList(), earlier));
    }

    /** The offer as the API shows it, with the conversation's customer, channel and first words. */
    @Transactional
    public CompensationViews.Offer view(CompensationOffer o) {
        return CompensationViews.offer(o, Conversation.findById(o.conversationId));
    }

    static String statusOf(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (!List.of(CompensationOffer.OFFERED, CompensationOffer.PENDING, CompensationOffer.APPROVED,
                CompensationOffer.REJECTED).contains(s)) {
            throw ProblemException.invalid("status", "must be one of offered, pending_approval, approved, rejected; "
                    + "was '" + status + "'");
        }
        return s;
    }

}
