package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.inbox.audit.AuditTrail;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state machine of a conversation: every change of its status happens here (the transition table is
 * {@link ConversationStatus}), each recorded in the audit trail and announced ({@code ConversationStatusChanged}).
 * <ul>
 * <li>a customer writing again after an answer reopens it, due again from that new message (kept simple on
 * purpose: one status, one due time; the first-response time stays what it was);</li>
 * <li>a delivered reply answers it ({@code ConversationAnswered} the first time), unless the customer wrote
 * again after the reply was written — then it stays open, due from the oldest message still unanswered;</li>
 * <li>someone at the brand acting on a new one opens it; a person moves it by hand as the table allows.</li>
 * </ul>
 * Whenever the brand owes an answer again, {@link ConversationEvents.AnswerOwed} is fired in the transaction and
 * targets start the follow-up clock. Every change locks the conversation row: the interaction and delivery
 * consumers run on their own threads, and a version conflict there would send a good event to the dead-letter topic.
 */
@ApplicationScoped
public class ConversationLifecycle {

    static final String SERVICE = "inbox-service";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Conversations conversations;

    @Inject
    jakarta.enterprise.event.Event<ConversationEvents.AnswerOwed> answerOwed;

    /**
     * A customer wrote again in the conversation (intake, in its transaction, the conversation locked): after an
     * answer, while the brand waited for them, or after it was resolved, it is open again and due from this message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerWrote(Conversation c, InteractionReceived received, Instant observedAt) {
        if (!c.status.awaitsBrand()) {
            audit.record(c.id, c.brand, "status_changed", AuditTrail.SYSTEM, AuditTrail.details("from", c.status.id(),
                    "to", ConversationStatus.open.id(), "because", "the customer wrote again"));
            statusChanged(c, c.status, ConversationStatus.open, AuditTrail.SYSTEM, "customer", observedAt);
            c.status = ConversationStatus.open;
            answerOwed.fire(new ConversationEvents.AnswerOwed(c, observedAt));
        }
        // A late redelivery of an older message must not move the reply target back up the thread.
        if (!observedAt.isBefore(c.lastInteractionAt)) {
            c.lastInteractionAt = observedAt;
            c.replyTargetId = received.platformObjectId();
        }
        c.interactionCount++;
    }

    /**
     * A reply written at {@code writtenAt} by {@code author} reached the platform at {@code deliveredAt}.
     * Must run in the delivery's transaction; emits {@code ConversationAnswered} for the first response only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replyDelivered(UUID conversationId, Instant writtenAt, Instant deliveredAt, String author) {
        Conversation c = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        Instant due = c.dueAt; // what the queue showed while the reply was on its way: the response's measure
        Optional<Instant> unanswered = firstInteractionAfter(conversationId, writtenAt);
        ConversationStatus before = c.status;
        if (unanswered.isPresent()) {
            c.status = ConversationStatus.open;
            answerOwed.fire(new ConversationEvents.AnswerOwed(c, unanswered.get()));
        } else if (c.status != ConversationStatus.resolved) {
            c.status = ConversationStatus.answered;
        }
        if (c.status != before) {
            audit.record(c.id, c.brand, "status_changed", author, AuditTrail.details("from", before.id(), "to",
                    c.status.id(), "because", unanswered.isPresent() ? "the reply was delivered, but the customer "
                            + "wrote again meanwhile" : "the reply was delivered"));
            statusChanged(c, before, c.status, author, "reply", deliveredAt);
        }
        if (c.firstResponseAt != null) {
            return;
        }
        c.firstResponseAt = deliveredAt;
        c.timeToFirstResponseSeconds = Math.max(0, Duration.between(c.receivedAt, deliveredAt).toSeconds());
        outbox.add(c.id.toString(), Event.of(StableIds.of("answered", c.id.toString()), SERVICE, c.brand,
                c.id.toString(), deliveredAt, clock.instant(), new ConversationAnswered(c.id,
                        Platform.fromId(c.platform), c.receivedAt, deliveredAt, c.timeToFirstResponseSeconds, due,
                        !deliveredAt.isAfter(due), author)));
    }

    private Optional<Instant> firstInteractionAfter(UUID conversationId, Instant instant) {
        Optional<Interaction> first = Interaction.find("conversationId = :c and observedAt > :t",
                Sort.by("observedAt"), Parameters.with("c", conversationId).and("t", instant)).firstResultOptional();
        return first.map(i -> i.observedAt);
    }

    /**
     * Moves a conversation to another status by hand, as the transition table allows (409 otherwise, naming
     * the statuses it may go to); recorded in the audit trail with the reason.
     */
    @Transactional
    public Conversation changeStatus(UUID id, Set<String> brands, ConversationStatus to, String actor,
            String reason) {
        Conversation c = conversations.getForUpdate(id, brands);
        if (c.status == to) {
            throw ProblemException.conflict("conversation " + id + " is already " + to.id());
        }
        if (!c.status.manualTargets().contains(to)) {
            throw ProblemException.conflict("a conversation cannot go from " + c.status.id() + " to " + to.id()
                    + (to == ConversationStatus.answered ? " by hand: it is answered when a reply is delivered"
                            : to == ConversationStatus.NEW ? ": new is only where a conversation starts" : "")
                    + "; from " + c.status.id() + " it may go to " + ConversationStatus.ids(c.status.manualTargets()));
        }
        ConversationStatus from = c.status;
        c.status = to;
        if (to == ConversationStatus.open && !from.awaitsBrand()) {
            // Reopened by hand: the brand owes an answer again, due from now.
            answerOwed.fire(new ConversationEvents.AnswerOwed(c, clock.instant()));
        }
        audit.record(c.id, c.brand, "status_changed", actor, AuditTrail.details("from", from.id(), "to", to.id(),
                "reason", reason));
        statusChanged(c, from, to, actor, "manual", clock.instant());
        return c;
    }

    /**
     * Announces a change of status ({@code ConversationStatusChanged}) in the change's transaction, for the figures
     * that need resolutions and reopenings (analytics). The id is stable per change, so the outbox never sends it
     * under two ids.
     */
    private void statusChanged(Conversation c, ConversationStatus from, ConversationStatus to, String by,
            String reason, Instant at) {
        outbox.add(c.id.toString(), Event.of(StableIds.of("status", c.id.toString(), from.id(), to.id(),
                        at.toString()), SERVICE, c.brand, c.id.toString(), at, clock.instant(),
                new ConversationStatusChanged(c.id, Platform.fromId(c.platform), from.id(), to.id(), by, reason, at)));
    }

    /**
     * Someone at the brand acted on a new conversation (wrote a reply or a note): it is open now. Must run in
     * the action's transaction, with the conversation locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(Conversation c, String actor, String what) {
        if (c.status == ConversationStatus.NEW) {
            c.status = ConversationStatus.open;
            audit.record(c.id, c.brand, "status_changed", actor, AuditTrail.details("from",
                    ConversationStatus.NEW.id(), "to", ConversationStatus.open.id(), "because", what));
            statusChanged(c, ConversationStatus.NEW, ConversationStatus.open, actor, "action", clock.instant());
        }
    }
}
