package io.parley.inbox.ownership;

import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
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
import java.util.List;

/**
 * Returns to their team the open conversations (new, open) of members away or offline longer than the team's away
 * limit ({@code team.away_limit_minutes}; none: never), every {@code parley.inbox.away-scan-every} (30 s). The state is
 * in the database only (who is away since when, each team's limit), so a restart loses nothing; each pass locks the
 * rows it takes ({@code FOR UPDATE SKIP LOCKED}: replicas share the work, never return a conversation twice).
 */
@ApplicationScoped
public class AwayScanner {

    private static final Logger LOG = Logger.getLogger(AwayScanner.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InboxConfig config;

    @Inject
    Assignments assignments;

    private Periodic periodic;

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-away-scanner", config.awayScanEvery(), this::scan);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    void scan() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::returnOverdue) == config.deadlineBatch()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("away scan failed; the next pass retries", e);
        }
    }

    /**
     * Returns to their teams the open conversations of people away or offline longer than their team's limit; returns
     * how many. Must run in a transaction. Visible for tests (which move no clock: they use a one-minute limit and an
     * away state set in the past).
     */
    @SuppressWarnings("unchecked")
    public int returnOverdue() {
        Instant now = clock.instant();
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, a.state, a.since, t.away_limit_minutes"
                + " FROM conversation c JOIN team t ON t.brand = c.brand AND t.name = c.team"
                + " JOIN agent_availability a ON a.user_name = c.assignee"
                + " WHERE c.status IN ('new', 'open') AND t.away_limit_minutes IS NOT NULL AND a.state <> 'available'"
                + " AND a.since <= CAST(?1 AS timestamptz) - make_interval(mins => t.away_limit_minutes)"
                + " ORDER BY c.id LIMIT ?2 FOR UPDATE OF c SKIP LOCKED")
                .setParameter(1, now).setParameter(2, config.deadlineBatch()).getResultList();
        for (Object[] row : rows) {
            Conversation c = Conversation.findById(java.util.UUID.fromString(row[0].toString()));
            assignments.returnToTeam(c, (String) row[1], toInstant(row[2]), ((Number) row[3]).longValue(), now);
        }
        return rows.size();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
