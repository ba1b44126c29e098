package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
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
 * is never sent again blindly: a post or a public reply (whose platform can list the account's posts or the post's
 * comments) is reported unknown and reconciled like any other unknown outcome (found: delivered; not found: sent once
 * more); anything else is reported failed, "outcome unknown after restart", for a person to check.
 * Rows are taken by one atomic update, so several gateway instances never report the same action twice.
 */
@ApplicationScoped
public class InFlightRecovery {

    static final String REASON = "outcome unknown after restart: the gateway stopped while the request was on its "
            + "way to the platform; it is not sent again — check on the platform whether it was performed";
    static final String RECONCILED = "outcome unknown after restart: the gateway stopped while the request was on its "
            + "way to the platform; the account's recent posts are read before anything is sent again";
    private static final Logger LOG = Logger.getLogger(InFlightRecovery.class);

    private final OutboundConfig config;
    private final DeliveryReports reports;
    private final EntityManager em;
    private final Clock clock;
    private final PlatformRequests requests;

    @Inject
    public InFlightRecovery(OutboundConfig config, DeliveryReports reports, EntityManager em, Clock clock,
            OutboundDispatcher dispatcher) {
        this.config = config;
        this.reports = reports;
        this.em = em;
        this.clock = clock;
        this.requests = dispatcher.requests();
    }

    /** The longest an action can rightly stay in flight, with a minute to spare. */
    Duration longestInFlight() {
        OutboundConfig.Retry r = config.retry();
        return r.connectTimeout().plus(r.requestTimeout()).multipliedBy(r.maxAttempts())
                .plus(r.maxWait().multipliedBy(Math.max(0, r.maxAttempts() - 1))).plus(Duration.ofMinutes(1));
    }

    /** A post or a public reply kept with its request, on a platform that lists what the account published. */
    private boolean reconcilable(OutboundAttempt a) {
        if (a.request == null || "sandbox".equals(a.mode)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        OutboundActionRequested action = ((io.parley.contracts.Event<OutboundActionRequested>) (io.parley.contracts.Event<?>)
                io.parley.contracts.EventJson.fromJson(a.request)).data();
        return (action.action() == OutboundAction.PUBLISH_POST || action.action() == OutboundAction.REPLY)
                && requests.api(action.platform()).flatMap(api -> api.recent(action, false)).isPresent();
    }

    @Scheduled(every = "${parley.ingest.outbound.recovery-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
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
            OutboundAction action = OutboundAction.valueOf(a.action.toUpperCase(Locale.ROOT));
            if (reconcilable(a)) {
                LOG.warnf("action %s on %s was left in flight since %s: reconciled against the account's posts",
                        a.actionId, a.platform, a.startedAt);
                a.status = OutboundAttempt.UNKNOWN;
                a.failure = FailureKind.UNKNOWN_OUTCOME.id();
                a.lastReason = RECONCILED;
                a.completedAt = null;
                a.nextAt = now;
                if (a.sentAt == null) {
                    a.sentAt = a.startedAt;
                }
                reports.report(a.brand, a.actionId, action, Platform.fromId(a.platform), a.origin,
                        ConnectorOutcome.unknown(RECONCILED), a.round);
                continue;
            }
            a.failure = FailureKind.UNKNOWN_OUTCOME.id();
            LOG.warnf("action %s on %s was left in flight since %s: reported failed, outcome unknown", a.actionId,
                    a.platform, a.startedAt);
            reports.report(a.brand, a.actionId, action, Platform.fromId(a.platform), a.origin,
                    ConnectorOutcome.failed(FailureKind.UNKNOWN_OUTCOME, REASON, false), a.round);
        }
        return stale.size();
    }
}
