package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Settles actions a stopped gateway left in flight. A live action is in flight for a bounded time (every
 * attempt timing out, every wait at its longest); one in flight for longer belongs to a gateway that
 * stopped between sending and recording the answer. Whether the platform performed it is unknown, so it
 * is never sent again: it is reported failed, "outcome unknown after restart", for a person to check.
 * Rows are taken by one atomic update, so several gateway instances never report the same action twice.
 */
@ApplicationScoped
public class InFlightRecovery {

    static final String REASON = "outcome unknown after restart: the gateway stopped while the request was on its "
            + "way to the platform; it is not sent again — check on the platform whether it was performed";
    private static final Logger LOG = Logger.getLogger(InFlightRecovery.class);

    private final OutboundConfig config;
    private final DeliveryReports reports;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public InFlightRecovery(OutboundConfig config, DeliveryReports reports, EntityManager em, Clock clock) {
        this.config = config;
        this.reports = reports;
        this.em = em;
        this.clock = clock;
    }

    /** The longest an action can rightly stay in flight, with a minute to spare. */
    Duration longestInFlight() {
        OutboundConfig.Retry r = config.retry();
        return r.connectTimeout().plus(r.requestTimeout()).multipliedBy(r.maxAttempts())
                .plus(r.maxWait().multipliedBy(Math.max(0, r.maxAttempts() - 1))).plus(Duration.ofMinutes(1));
    }

    @Scheduled(every = "${parley.ingest.outbound.recovery-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        reportStale();
    }

    /** Fails and reports every action in flight for longer than it can be; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int reportStale() {
        Instant now = clock.instant();
        List<OutboundAttempt> stale = em.createNativeQuery("""
                UPDATE outbound_attempt SET status = 'failed', last_reason = ?1, completed_at = ?2
                WHERE action_id IN (SELECT action_id FROM outbound_attempt
                                    WHERE status = 'in_flight' AND started_at < ?3
                                    ORDER BY started_at LIMIT 100 FOR UPDATE SKIP LOCKED)
                RETURNING *""", OutboundAttempt.class)
                .setParameter(1, REASON)
                .setParameter(2, now)
                .setParameter(3, now.minus(longestInFlight()))
                .getResultList();
        for (OutboundAttempt a : stale) {
            LOG.warnf("action %s on %s was left in flight since %s: reported failed, outcome unknown", a.actionId,
                    a.platform, a.startedAt);
            reports.report(a.brand, a.actionId, OutboundAction.valueOf(a.action.toUpperCase(Locale.ROOT)),
                    Platform.fromId(a.platform), a.origin, ConnectorOutcome.failed(REASON, false));
        }
        return stale.size();
    }
}
