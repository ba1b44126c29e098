package io.parley.inbox.replies;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationLifecycle;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.ownership.Answering;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Public replies: stored with the outbound action that will publish them (one transaction, through
 * the outbox), and completed by the gateway's delivery report — which answers the conversation.
 */
@ApplicationScoped
public class ReplyService {

    static final String DELIVERIES = "inbox.deliveries";

    private final Conversations conversations;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Clock clock;
    private final Answering answering;
    private final AuditTrail audit;
    private final ConversationLifecycle lifecycle;
    private final jakarta.enterprise.event.Event<ReplyWritten> written;

    @Inject
    public ReplyService(Conversations conversations, Outbox outbox, ProcessedEvents processed, Clock clock,
            Answering answering, AuditTrail audit, ConversationLifecycle lifecycle,
            jakarta.enterprise.event.Event<ReplyWritten> written) {
        this.lifecycle = lifecycle;
        this.written = written;
        this.answering = answering;
        this.conversations = conversations;
        this.outbox = outbox;
        this.processed = processed;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Sends a public reply that the brand's standards checked: {@code check} is the engine's outcome, and
     * {@code overrideBy}/{@code overrideReason} the approver who sends it despite blocking findings (checked by
     * the caller). Recorded in the audit trail ({@code reply_sent}, and {@code standards_override}). A reply while
     * another agent's is still on its way is refused with 409. Retries with an Idempotency-Key are answered before
     * this ({@code idempotency.Idempotency}).
     */
    @Transactional
    public Reply reply(UUID conversationId, Set<String> brands, String text, String author,
            ReplyCheck.Outcome check, String overrideReason) {
        // Locked: two agents answering at once take turns, so the second sees the first's reply.
        Conversation conversation = conversations.getForUpdate(conversationId, brands);
        // Collision safety (ownership): another agent's "answering" mark, or any reply still on its way —
        // also the same agent's, so that two sends at once make exactly one reply.
        answering.checkReply(conversation, author);
        Optional<Reply> inFlight = Reply.find("conversationId = :c and status in :s",
                Parameters.with("c", conversationId).and("s", List.of(ReplyStatus.sending,
                        ReplyStatus.awaiting_approval))).firstResultOptional();
        if (inFlight.isPresent() && inFlight.get().status == ReplyStatus.awaiting_approval) {
            throw ProblemException.conflict(inFlight.get().author.equals(author)
                    ? "your reply to this conversation is awaiting approval; an approver approves or rejects it first"
                    : inFlight.get().author + "'s reply to this conversation is awaiting approval");
        }
        if (inFlight.isPresent()) {
            throw ProblemException.conflict(inFlight.get().author.equals(author)
                    ? "your reply to this conversation is still on its way; wait for its delivery, or retry with the "
                            + "same Idempotency-Key"
                    : inFlight.get().author + " is already answering this conversation");
        }
        Instant now = clock.instant();
        Reply reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.conversationId = conversationId;
        reply.text = text;
        reply.author = author;
        reply.status = ReplyStatus.sending;
        reply.actionId = UUID.randomUUID();
        reply.targetObjectId = conversation.replyTargetId;
        reply.createdAt = now;
        reply.checkVerdict = check.verdict();
        reply.checkFindings = check.findings();
        if (check.blocks()) {
            reply.overrideBy = author;
            reply.overrideReason = overrideReason;
        }
        written.fire(new ReplyWritten(reply, conversation, now)); // approvals may hold it
        boolean held = reply.status == ReplyStatus.awaiting_approval;
        reply.persist();
        answering.replied(conversation);
        lifecycle.touched(conversation, author, "a reply was written");
        if (!held) {
            audit.record(conversationId, conversation.brand, "reply_sent", author, AuditTrail.details("replyId",
                    reply.id, "verdict", check.verdict(), "findings", check.ruleIds()));
        }
        if (check.blocks()) {
            audit.record(conversationId, conversation.brand, "standards_override", author, AuditTrail.details(
                    "replyId", reply.id, "reason", overrideReason, "overridden",
                    check.blocking().stream().map(f -> String.valueOf(f.get("ruleId"))).toList()));
        }
        if (!held) {
            publish(reply, conversation, now);
        }
        return reply;
    }

    /**
     * Asks the channel gateway to publish a stored reply (status {@code sending}) in its author's name:
     * {@code OutboundActionRequested} through the outbox, in the caller's transaction. A reply under a direct
     * message goes out as a direct message to the customer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Reply reply, Conversation conversation, Instant now) {
        UUID conversationId = conversation.id;
        // A private conversation is answered privately: the gateway sends a direct message to the customer.
        boolean direct = io.parley.inbox.conversations.Interaction.count(
                "conversationId = ?1 and platformObjectId = ?2 and kind = 'direct_message'",
                conversationId, reply.targetObjectId) > 0;
        outbox.add(conversationId.toString(), Event.of(StableIds.of("outbound", reply.actionId.toString()),
                "inbox-service", conversation.brand, conversationId.toString(), now, now,
                new OutboundActionRequested(reply.actionId, OutboundAction.REPLY, Platform.fromId(conversation.platform),
                        conversation.channelAccountId, reply.targetObjectId, reply.text, reply.author,
                        "conversation/" + conversationId + "/reply/" + reply.id,
                        direct ? conversation.authorId : null)));
    }

    /**
     * Completes a reply from the gateway's report. Reports of actions this inbox did not request (the
     * calendar's posts) are not ours; a report seen before changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(UUID eventId, DeliveryReported report) {
        Optional<Reply> found = Reply.find("actionId", report.actionId()).firstResultOptional();
        if (found.isEmpty() || !processed.claim(DELIVERIES, eventId)) {
            return;
        }
        Reply reply = found.get();
        if (reply.status != ReplyStatus.sending) {
            return; // a second report for the same action (the gateway acts once): the first one stands
        }
        Conversation conversation = Conversation.findById(reply.conversationId);
        if (report.outcome() == DeliveryOutcome.FAILED) {
            reply.status = ReplyStatus.failed;
            reply.failureReason = report.reason();
            audit.record(reply.conversationId, conversation.brand, "reply_failed", AuditTrail.SYSTEM,
                    AuditTrail.details("replyId", reply.id, "reason", report.reason()));
            return;
        }
        audit.record(reply.conversationId, conversation.brand, "reply_delivered", AuditTrail.SYSTEM,
                AuditTrail.details("replyId", reply.id, "platformObjectId", report.platformObjectId()));
        reply.status = ReplyStatus.delivered;
        reply.platformObjectId = report.platformObjectId();
        reply.deliveredAt = report.completedAt();
        // A held reply went out when it was approved: a message the customer wrote before then was before the approver.
        lifecycle.replyDelivered(reply.conversationId, reply.decidedAt != null ? reply.decidedAt : reply.createdAt,
                report.completedAt(), reply.author);
    }

    @Transactional
    public List<Reply> of(UUID conversationId) {
        return Reply.list("conversationId", Sort.by("createdAt"), conversationId);
    }

    @Transactional
    public Reply get(UUID conversationId, UUID replyId, Set<String> brands) {
        conversations.get(conversationId, brands);
        Reply reply = Reply.findById(replyId);
        if (reply == null || !reply.conversationId.equals(conversationId)) {
            throw ProblemException.notFound("reply " + replyId + " does not exist in conversation " + conversationId);
        }
        return reply;
    }
}
