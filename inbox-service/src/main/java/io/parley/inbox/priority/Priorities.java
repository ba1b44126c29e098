package io.parley.inbox.priority;

import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationEvents;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.targets.Deadlines;
import io.parley.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each conversation's priority (see {@link PriorityPolicy}) and its due time in step: the inbox raises
 * it as signals arrive, a person may set it by hand or hand it back. Every change is in the audit trail, and
 * a changed priority re-dates the open response clock from the catalogue's target for the new level.
 */
@ApplicationScoped
public class Priorities {

    @Inject
    Deadlines deadlines;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Conversations conversations;

    /** A conversation being opened: its first message's signals set how pressing it is, so which target dates it. */
    void opening(@Observes @Priority(ConversationEvents.PRIORITY) ConversationEvents.Opening opening) {
        Conversation c = opening.conversation();
        c.priority = PriorityPolicy.automatic(c.moment, c.sentiment, false);
    }

    /** The customer wrote again with enrichment's signals: the priority they call for now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void customerWrote(@Observes ConversationEvents.CustomerWrote wrote) {
        reassess(wrote.conversation(), "the customer wrote: " + wrote.signals().moment() + ", "
                + wrote.signals().sentiment());
    }

    /** What the signals call for now; raises the priority (never lowers it) unless a person set it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassess(Conversation c, String because) {
        String next = PriorityPolicy.next(c.priority, c.prioritySetBy != null, c.moment, c.sentiment,
                c.incidentId != null);
        if (!next.equals(c.priority)) {
            change(c, next, AuditTrail.SYSTEM, because);
        }
    }

    /** A person sets the priority; it stays so until they (or another) hand it back with {@link #automatic}. */
    @Transactional
    public Conversation set(UUID id, Set<String> brands, String level, String reason, String actor) {
        String priority = PriorityPolicy.parse(level).orElseThrow(() -> ProblemException.invalid("priority",
                "must be one of " + String.join(", ", PriorityPolicy.LEVELS) + ", was '" + level + "'"));
        Conversation c = conversations.getForUpdate(id, brands);
        c.prioritySetBy = actor;
        c.prioritySetAt = clock.instant();
        if (!priority.equals(c.priority)) {
            change(c, priority, actor, reason == null || reason.isBlank() ? "set by hand" : reason.strip());
        }
        return c;
    }

    /** Hands the priority back to the inbox: it becomes what the signals call for now, lower or higher. */
    @Transactional
    public Conversation automatic(UUID id, Set<String> brands, String actor) {
        Conversation c = conversations.getForUpdate(id, brands);
        c.prioritySetBy = null;
        c.prioritySetAt = null;
        String automatic = PriorityPolicy.automatic(c.moment, c.sentiment, c.incidentId != null);
        if (!automatic.equals(c.priority)) {
            change(c, automatic, actor, "handed back to the inbox");
        }
        return c;
    }

    private void change(Conversation c, String to, String actor, String because) {
        String from = c.priority;
        c.priority = to;
        deadlines.reprice(c);
        audit.record(c.id, c.brand, "priority_changed", actor, AuditTrail.details("from", from, "to", to,
                "because", because, "dueAt", c.dueAt));
    }
}
