package io.parley.ingest.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.ingest.channels.ChannelReconnected;
import io.parley.ingest.channels.ChannelRow;
import io.parley.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every channel account's health ({@link HealthState}): fed by what platform calls showed ({@link ChannelSignal},
 * fired where outbound sends, polls and insights readings already classify the platforms' answers), by the events
 * heard ({@link EventArrivals}) and by the health scan ({@link HealthScanner}). Each change of state is a
 * {@link ChannelHealthChanged} through the outbox, in the transaction that changed the row, and counted in
 * {@code parley_ingest_channel_health_changes_total{platform,state}}; {@code parley_ingest_channel_health_accounts{state}}
 * gauges how many enabled accounts are in each state (as of the last scan).
 */
@ApplicationScoped
public class ChannelHealth {

    private static final Logger LOG = Logger.getLogger(ChannelHealth.class);
    /** The setting where an account's token expiry is known (ISO-8601 instant). */
    public static final String TOKEN_EXPIRES_AT = "tokenExpiresAt";

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final MeterRegistry metrics;
    private final HealthPolicy policy;
    private final EventArrivals arrivals;
    private final Map<HealthState, AtomicLong> counts = new EnumMap<>(HealthState.class);

    /**
     * Renews an account's token after the platform refused it (the OAuth token refresh): a refused token is declared
     * revoked only when renewing it fails.
     */
    public interface Renewal {
        /** True when a new token was stored for the account. */
        boolean renewAfterRefusal(io.parley.contracts.Platform platform, String accountId);

        /**
         * How long before its expiry the account's token is renewed by itself (a refresh token the network has not
         * refused), or null when it is not: then the person has to renew it, and is warned well ahead.
         */
        java.time.Duration renewsAhead(io.parley.contracts.Platform platform, String accountId);
    }

    @Inject
    jakarta.enterprise.inject.Instance<Renewal> renewal;

    @Inject
    public ChannelHealth(EntityManager em, Clock clock, Outbox outbox, MeterRegistry metrics, HealthConfig config,
            EventArrivals arrivals) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.metrics = metrics;
        this.policy = new HealthPolicy(config);
        this.arrivals = arrivals;
        for (HealthState state : HealthState.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(state, count);
            Gauge.builder("parley_ingest_channel_health_accounts", count, AtomicLong::get)
                    .description("enabled channel accounts in each health state, as of the last health scan")
                    .tag("state", state.id()).register(metrics);
        }
    }

    public HealthPolicy policy() {
        return policy;
    }

    /**
     * A platform call's outcome for an account, as its caller classified it. A refused token is refreshed once first
     * (where the network issues refresh tokens): only when that fails is it the account's problem.
     */
    @Transactional
    void signal(@Observes ChannelSignal signal) {
        if (signal.kind() == ChannelSignal.Kind.TOKEN_REFUSED && renewal != null && renewal.isResolvable()
                && renewal.get().renewAfterRefusal(signal.platform(), signal.accountId())) {
            LOG.infof("%s account %s: token refused, refreshed; not declared revoked", signal.platform().id(),
                    signal.accountId());
            return;
        }
        Optional<ChannelRow> account = ChannelRow.<ChannelRow>find("platform = ?1 and accountId = ?2",
                signal.platform().id(), signal.accountId()).firstResultOptional();
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ChannelHealthRow row = locked(account.get().id, now);
        if (signal.kind() == ChannelSignal.Kind.SUCCEEDED) {
            row.problem = null;
            row.problemReason = null;
            row.problemSince = null;
            row.problemUntil = null;
            row.pollFailures = 0;
        } else {
            String kind = signal.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (!kind.equals(row.problem)) {
                row.problemSince = now;
            }
            row.problem = kind;
            row.problemReason = signal.reason();
            row.problemUntil = signal.until();
            row.pollFailures = signal.kind() == ChannelSignal.Kind.POLL_FAILED ? row.pollFailures + 1 : 0;
        }
        judge(account.get(), row, now);
    }

    /** The account was changed with new credentials: a refused token is no longer the account's problem. */
    void reconnected(@Observes ChannelReconnected reconnected) {
        signal(ChannelSignal.succeeded(reconnected.platform(), reconnected.accountId()));
    }

    /**
     * Writes what {@link EventArrivals} heard since the last scan, then judges every enabled account at {@code now}
     * (each in its own transaction) and refreshes the gauges. The scanner calls it on its schedule; tests call it with
     * the time they want to look at.
     */
    public void scan(Instant now) {
        arrivals.drain().forEach((id, times) -> QuarkusTransaction.requiringNew().run(() -> arrived(id, times, now)));
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select r.id from ChannelRow r where r.enabled = true", UUID.class).getResultList());
        for (UUID id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    ChannelRow account = ChannelRow.findById(id);
                    if (account != null) {
                        judge(account, locked(id, now), now);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "health of channel %s not judged", id);
            }
        }
        refreshCounts();
    }

    private void arrived(UUID id, List<Instant> times, Instant now) {
        ChannelRow account = ChannelRow.findById(id);
        if (account == null) {
            return;
        }
        ChannelHealthRow row = locked(id, now);
        for (Instant at : times) {
            if (row.lastEventAt == null || at.isAfter(row.lastEventAt)) {
                row.recentGaps = policy.withArrival(row.recentGaps, row.lastEventAt, at);
                row.lastEventAt = at;
            }
        }
        if (row.silentSince != null && !row.lastEventAt.equals(row.silentLastEvent)) {
            row.silentSince = null; // a new event: the silence is over
            row.silentLastEvent = null;
        }
        judge(account, row, now);
    }

    /** The account's row, created healthy when it has none, locked for this transaction. */
    private ChannelHealthRow locked(UUID id, Instant now) {
        em.createNativeQuery("INSERT INTO channel_health (channel_id, since, updated_at) VALUES (?1, ?2, ?2) "
                + "ON CONFLICT (channel_id) DO NOTHING").setParameter(1, id).setParameter(2, now).executeUpdate();
        return em.find(ChannelHealthRow.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void judge(ChannelRow account, ChannelHealthRow row, Instant now) {
        Instant tokenExpiresAt = tokenExpiresAt(account);
        java.time.Duration renewsAhead = tokenExpiresAt != null && renewal != null && renewal.isResolvable()
                ? renewal.get().renewsAhead(Platform.fromId(account.platform), account.accountId) : null;
        HealthPolicy.Facts facts = new HealthPolicy.Facts(problem(row.problem), row.problemReason, row.problemSince,
                row.problemUntil, row.pollFailures, row.lastEventAt, row.recentGaps, row.silentSince,
                row.silentLastEvent, tokenExpiresAt, renewsAhead);
        HealthPolicy.Verdict verdict = policy.evaluate(facts, now);
        if (verdict.state() == HealthState.SILENT && row.silentSince == null) {
            row.silentSince = verdict.since();
            row.silentLastEvent = row.lastEventAt;
        }
        row.updatedAt = now;
        row.reason = verdict.reason();
        row.until = verdict.until();
        if (verdict.state().id().equals(row.state)) {
            return;
        }
        String previous = row.state;
        row.state = verdict.state().id();
        row.since = verdict.since() != null ? verdict.since() : now;
        Long usual = policy.usualGapSeconds(row.recentGaps);
        ChannelHealthChanged changed = new ChannelHealthChanged(account.id, Platform.fromId(account.platform),
                account.accountId, account.name, row.state, previous, row.since, row.reason,
                verdict.state().whatToDo(), row.lastEventAt, usual, row.until);
        UUID eventId = StableIds.of("channel-health", account.id.toString(), row.state, row.since.toString());
        outbox.add(account.id.toString(), Event.of(eventId, "ingest-service", account.brand, account.id.toString(),
                row.since, now, changed));
        metrics.counter("parley_ingest_channel_health_changes", "platform", account.platform, "state", row.state)
                .increment();
        if (verdict.state() == HealthState.HEALTHY) {
            LOG.infof("%s account %s of brand %s is healthy again (was %s)", account.platform, account.accountId,
                    account.brand, previous);
        } else {
            LOG.warnf("%s account %s of brand %s: %s (was %s): %s", account.platform, account.accountId,
                    account.brand, row.state, previous, row.reason);
        }
    }

    private void refreshCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COALESCE(h.state, 'healthy'), count(*) FROM channel_account a LEFT JOIN channel_health h "
                        + "ON h.channel_id = a.id WHERE a.enabled GROUP BY 1").getResultList());
        Map<HealthState, Long> seen = new EnumMap<>(HealthState.class);
        for (Object[] r : rows) {
            seen.put(HealthState.fromId((String) r[0]), ((Number) r[1]).longValue());
        }
        counts.forEach((state, count) -> count.set(seen.getOrDefault(state, 0L)));
    }

    private static ChannelSignal.Kind problem(String id) {
        return id == null ? null : ChannelSignal.Kind.valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    /** The account's known token expiry (settings.tokenExpiresAt), validated when the account was saved. */
    static Instant tokenExpiresAt(ChannelRow account) {
        String value = account.settings == null ? null : account.settings.get(TOKEN_EXPIRES_AT);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The account's health as last judged, or empty when nothing is known of it yet (healthy). */
    public Optional<ChannelHealthRow> of(UUID channelId) {
        return Optional.ofNullable(ChannelHealthRow.findById(channelId));
    }
}
