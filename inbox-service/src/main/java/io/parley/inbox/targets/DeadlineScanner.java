package io.parley.inbox.targets;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.contracts.inbox.ConversationDueSoon;
import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.ownership.Escalation;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.time.Periodic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Announces warnings (75 % of the target) and breaches (the due time) of open conversations. The state is
 * in the database only — {@code warn_at}/{@code warned_at} and {@code due_at}/{@code breached_at} — so a
 * restart (or a pass missed by a pause) simply finds the rows whose moment has come. Each pass locks the
 * rows it takes ({@code FOR UPDATE SKIP LOCKED}: replicas share the work, never announce twice) and, in one
 * transaction, marks each row and adds its event to the outbox; the outbox relay is woken on commit, so an
 * event reaches Kafka well within 2 seconds of its moment with a pass every
 * {@code parley.inbox.deadline-scan-every} (500 ms).
 */
@ApplicationScoped
public class DeadlineScanner {

    private static final Logger LOG = Logger.getLogger(DeadlineScanner.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    InboxConfig config;

    @Inject
    Escalation escalation;

    private Periodic periodic;

    /** On its own thread: Quarkus' simple scheduler does not run jobs more often than once a second. */
    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-deadline-scanner", config.deadlineScanEvery(), this::scan);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    void scan() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::warnDue) == config.deadlineBatch()) {
                // a full batch: more may be waiting
            }
            while (QuarkusTransaction.requiringNew().call(this::breachDue) == config.deadlineBatch()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("deadline scan failed; the next pass retries", e);
        }
    }

    /** Announces the warnings whose moment has come; returns how many. Visible for tests. */
    public int warnDue() {
        Instant now = clock.instant();
        List<Conversation> due = lock("SELECT " + Conversation.COLUMNS + """
                 FROM conversation WHERE status IN ('new', 'open') AND warned_at IS NULL AND warn_at <= ?1
                ORDER BY warn_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
        for (Conversation c : due) {
            c.warnedAt = now;
            String id = c.id.toString();
            outbox.add(id, Event.of(StableIds.of("due-soon", id, c.warnAt.toString()), "inbox-service", c.brand, id,
                    c.warnAt, now, new ConversationDueSoon(c.id, Platform.fromId(c.platform), c.team, c.assignee,
                            c.clockStartedAt, c.warnAt, c.dueAt, minutes(c), now)));
        }
        return due.size();
    }

    /** Announces the breaches whose moment has come; returns how many. Visible for tests. */
    public int breachDue() {
        Instant now = clock.instant();
        List<Conversation> due = lock("SELECT " + Conversation.COLUMNS + """
                 FROM conversation WHERE status IN ('new', 'open') AND breached_at IS NULL AND due_at <= ?1
                ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
        // The managers to notify, read once per brand and team of the batch: each read is a query, and each query
        // made Hibernate check every conversation the batch had changed so far (half an inbox's CPU with a backlog
        // of breaches, in a profile of the whole stack under load).
        Map<List<String>, List<String>> managers = new HashMap<>();
        for (Conversation c : due) {
            c.breachedAt = now;
            if (c.warnedAt == null) {
                c.warnedAt = now; // a breach says more than its warning would: no late warning after it
            }
            String id = c.id.toString();
            outbox.add(id, Event.of(StableIds.of("breached", id, c.dueAt.toString()), "inbox-service", c.brand, id,
                    c.dueAt, now, new ConversationBreached(c.id, Platform.fromId(c.platform), c.team, c.assignee,
                            c.clockStartedAt, c.dueAt, minutes(c), now, managers.computeIfAbsent(Arrays.asList(c.brand, c.team),
                            k -> escalation.managersOf(c.brand, c.team)))));
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<Conversation> lock(String sql, Instant now) {
        return em.createNativeQuery(sql, Conversation.class).setParameter(1, now)
                .setParameter(2, config.deadlineBatch()).getResultList();
    }

    private static long minutes(Conversation c) {
        return c.targetMinutes == null ? 0 : c.targetMinutes;
    }
}
