package io.parley.inbox.targets;

import io.parley.contracts.Platform;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationEvents;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Starts a conversation's response clock: sets its due time and its 75 % warning moment from the brand's
 * targets, and clears the warning and breach of an earlier due time (each due time is announced once).
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    ResponseTargetStore targets;

    @Inject
    CatalogueTargetStore catalogue;

    @Inject
    InboxConfig config;

    @Inject
    BatchMemo memo;

    /** A conversation being opened: due for its first response by the target its priority picks. */
    @Transactional(Transactional.TxType.MANDATORY)
    void opening(@Observes @Priority(ConversationEvents.CLOCK) ConversationEvents.Opening opening) {
        start(opening.conversation(), CatalogueTargets.FIRST_RESPONSE, opening.at());
    }

    /** The brand owes an answer again: the follow-up clock starts from then. */
    @Transactional(Transactional.TxType.MANDATORY)
    void answerOwed(@Observes ConversationEvents.AnswerOwed owed) {
        start(owed.conversation(), CatalogueTargets.FOLLOW_UP, owed.since());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Conversation c, String momentOfTruth, Instant start) {
        Deadline d = new ResponseTargetPolicy(config.defaultFirstResponse()).deadline(start,
                memo.remember("catalogue-targets:" + c.brand, () -> catalogue.find(c.brand)),
                memo.remember("response-targets:" + c.brand, () -> targets.find(c.brand)),
                Platform.fromId(c.platform), momentOfTruth,
                c.priority);
        c.clockStartedAt = d.startedAt();
        c.warnAt = d.warnAt();
        c.dueAt = d.dueAt();
        c.targetMinutes = d.targetMinutes();
        c.warnedAt = null;
        c.breachedAt = null;
    }

    /**
     * The same clock at a new priority: the due time and the warning moment are worked out again from when the
     * clock started. A warning or breach already announced stays announced (each is announced once); one that
     * is now due is announced by the scanner within its tick.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reprice(Conversation c) {
        if (c.clockStartedAt == null || !c.status.awaitsBrand()) {
            return;
        }
        Instant warned = c.warnedAt;
        Instant breached = c.breachedAt;
        start(c, c.firstResponseAt == null ? CatalogueTargets.FIRST_RESPONSE : CatalogueTargets.FOLLOW_UP,
                c.clockStartedAt);
        c.warnedAt = warned;
        c.breachedAt = breached;
    }
}
