package io.parley.ingest.outbound;

import io.parley.contracts.deliveries.FailureKind;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelReconnected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a live account may be sent to now: not while it needs reconnecting (the platform refused its token), and
 * not while a rate limit holds it — the account's own ({@code scope} = its id) or the application's on that platform
 * ({@code scope = '*'}). Holds and health live in the database, so every replica honours them.
 */
@ApplicationScoped
public class ChannelGate {

    static final String APP = "*";
    private static final Logger LOG = Logger.getLogger(ChannelGate.class);

    private final EntityManager em;
    private final Clock clock;
    private final java.time.Duration directoryRefresh;

    @Inject
    public ChannelGate(EntityManager em, Clock clock, io.parley.ingest.channels.IngestConfig ingest) {
        this.em = em;
        this.clock = clock;
        this.directoryRefresh = io.quarkus.runtime.configuration.DurationConverter.parseDuration(
                ingest.channelRefresh());
    }

    /** Why the account must wait (a delayed outcome), or empty when it may be sent to now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ConnectorOutcome> blocked(ChannelAccount account, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> health = em.createNativeQuery("SELECT health, health_reason FROM channel_account "
                + "WHERE platform = ?1 AND account_id = ?2").setParameter(1, account.platform().id())
                .setParameter(2, account.accountId()).getResultList();
        if (!health.isEmpty() && "needs_reconnect".equals(health.get(0)[0])) {
            return Optional.of(ConnectorOutcome.delayed(FailureKind.AUTHORIZATION, "the channel needs reconnecting ("
                    + health.get(0)[1] + "); the action waits and is sent once its credentials are updated", null,
                    false));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> holds = em.createNativeQuery("SELECT until, reason, scope FROM outbound_rate_hold "
                        + "WHERE platform = ?1 AND scope IN (?2, '*') AND until > ?3 ORDER BY until DESC LIMIT 1")
                .setParameter(1, account.platform().id()).setParameter(2, account.accountId()).setParameter(3, now)
                .getResultList();
        if (holds.isEmpty()) {
            return Optional.empty();
        }
        Instant until = instant(holds.get(0)[0]);
        String scope = APP.equals(holds.get(0)[2]) ? "the app's" : "the account's";
        return Optional.of(ConnectorOutcome.delayed(FailureKind.RATE_LIMITED, "waiting for " + scope + " "
                + account.platform().id() + " rate limit (" + holds.get(0)[1] + ")", until, false));
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    /** Holds the account (or the whole app on the platform) until {@code until}; a longer hold stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String platform, String scope, Instant until, String reason) {
        em.createNativeQuery("INSERT INTO outbound_rate_hold (platform, scope, until, reason) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (platform, scope) DO UPDATE SET until = GREATEST(outbound_rate_hold.until, "
                        + "EXCLUDED.until), reason = EXCLUDED.reason")
                .setParameter(1, platform).setParameter(2, scope).setParameter(3, until).setParameter(4, reason)
                .executeUpdate();
    }

    /** The platform refused the account's token: it needs reconnecting (shown on {@code GET /api/v1/channels}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void needsReconnect(String platform, String accountId, String reason) {
        int changed = em.createNativeQuery("UPDATE channel_account SET health = 'needs_reconnect', health_reason = ?1, "
                        + "health_changed_at = ?2 WHERE platform = ?3 AND account_id = ?4 AND health <> 'needs_reconnect'")
                .setParameter(1, reason).setParameter(2, clock.instant()).setParameter(3, platform)
                .setParameter(4, accountId).executeUpdate();
        if (changed > 0) {
            LOG.warnf("%s account %s needs reconnecting: %s", platform, accountId, reason);
        }
    }

    /**
     * The account was reconnected: what waited for it is due once every replica has read the account's new
     * credentials (the channel directory's refresh interval), so none is sent with the refused token.
     */
    void released(@Observes ChannelReconnected reconnected) {
        int due = em.createNativeQuery("UPDATE outbound_attempt SET next_at = ?1 WHERE status = 'delayed' "
                        + "AND next_at IS NULL AND platform = ?2 AND channel_account_id = ?3")
                .setParameter(1, clock.instant().plus(directoryRefresh)).setParameter(2, reconnected.platform().id())
                .setParameter(3, reconnected.accountId()).executeUpdate();
        LOG.infof("%s account %s reconnected: %d waiting action(s) released", reconnected.platform().id(),
                reconnected.accountId(), due);
    }
}
