package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.health.ChannelSignal;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Performs outbound actions through the channel account's mode and reports every change of state on
 * {@code parley.deliveries.v1}. Each action id is performed at most once on the platform and ends delivered or
 * failed:
 * <ol>
 * <li>one transaction claims the action id and either settles it at once (no such account, an action the platform
 * cannot take, a sandbox account: recorded and reported together), parks it ({@code notBefore} in the future; the
 * account needs reconnecting or is rate limited: reported delayed) or writes it {@code in_flight};</li>
 * <li>the platform is called outside any transaction (a slow platform holds no connection or lock);</li>
 * <li>a last transaction settles the in-flight row and writes the report — only if the row is still in flight.</li>
 * </ol>
 * A rate-limited action is parked until the platform's time and the account (or app) is held as long; one refused
 * for its token parks until the channel is reconnected. A request that left without an answer is <b>unknown</b>:
 * after the visibility delay the account's recent posts (or the post's comments) are read and the action matched by
 * its marker or text digest — found, it is delivered with that id; not found, it is sent once more, never a third
 * time. The parked and unknown actions are taken up by {@link #runDue()} on any replica.
 */
@ApplicationScoped
public class OutboundDispatcher {

    static final String CONSUMER = "ingest.outbound";
    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class);
    private static final int DUE_BATCH = 50;
    /** Pages of an account's recent posts read at most to reconcile one action (Graph: 25 a page). */
    static final int MOST_PAGES = 20;

    private final ChannelDirectory channels;
    private final ProcessedEvents processed;
    private final DeliveryReports reports;
    private final Clock clock;
    private final SandboxConnector sandbox;
    /** The posts published here, whose figures the insights connectors read later. */
    @Inject
    io.parley.ingest.insights.PublishedPosts published;
    /** What live calls show about their channel: to its health ({@link io.parley.ingest.health.ChannelHealth}). */
    @Inject
    jakarta.enterprise.event.Event<ChannelSignal> signals;
    private final LiveConnector live;
    private final PlatformRequests requests;
    private final EntityManager em;
    private final RecordProcessing processing;
    private final OutboundConfig config;
    private final ChannelGate gate;
    private final MeterRegistry metrics;

    @Inject
    public OutboundDispatcher(ChannelDirectory channels, ProcessedEvents processed, DeliveryReports reports,
            Clock clock, SandboxConnector sandbox, LiveConnector live, IngestConfig ingest, OutboundConfig outbound,
            EntityManager em, RecordProcessing processing, ChannelGate gate, MeterRegistry metrics) {
        this.metrics = metrics;
        this.channels = channels;
        this.processed = processed;
        this.reports = reports;
        this.clock = clock;
        this.sandbox = sandbox;
        this.live = live;
        this.requests = new PlatformRequests(ingest.meta().graphVersion(), outbound.vkVersion(),
                outbound.linkedinVersion());
        this.em = em;
        this.processing = processing;
        this.config = outbound;
        this.gate = gate;
    }

    PlatformRequests requests() {
        return requests;
    }

    /** An action in flight, to send or to reconcile outside any transaction. */
    private record Work(Event<OutboundActionRequested> event, OutboundActionRequested action, ChannelAccount account,
            PlatformApi api, PlatformRequest request, boolean onOwnPost, boolean reconcile, Instant sentAt) {
    }

    public void dispatch(Event<OutboundActionRequested> event) {
        Optional<Work> claimed = QuarkusTransaction.requiringNew().call(() -> claim(event));
        claimed.ifPresent(this::run);
    }

    private Optional<Work> claim(Event<OutboundActionRequested> event) {
        OutboundActionRequested requested = event.data();
        if (!processed.claim(CONSUMER, requested.actionId())) {
            return Optional.empty(); // already performed or under way: a redelivery, or the same action twice
        }
        Optional<ChannelAccount> found = channels.find(requested.platform(), requested.channelAccountId())
                .filter(a -> a.brand().equals(event.brand()));
        if (found.isEmpty()) {
            report(event, ConnectorOutcome.failed(FailureKind.UNSUPPORTED, "brand '" + event.brand() + "' has no "
                    + requested.platform().id() + " account '" + requested.channelAccountId() + "'", false), 1);
            return Optional.empty();
        }
        ChannelAccount account = found.get();
        OutboundActionRequested action = onChannel(requested, account);
        boolean isSandbox = account.mode() == ChannelMode.sandbox;
        boolean onOwnPost = onOwnPost(action);
        PlatformRequests.Result result = requests.requestFor(action, onOwnPost);
        if (result.request().isEmpty()) {
            report(event, ConnectorOutcome.failed(result.kind(), result.refusal(), isSandbox), 1);
            return Optional.empty();
        }
        PlatformApi api = requests.api(action.platform()).orElseThrow();
        PlatformRequest request = result.request().get();
        Instant now = clock.instant();
        if (action.notBefore() != null && action.notBefore().isAfter(now)) {
            OutboundAttempt row = row(event, action, isSandbox, api, request);
            row.status = OutboundAttempt.DELAYED;
            row.nextAt = action.notBefore();
            row.persist();
            return Optional.empty(); // not a change the requester has to hear of: it asked for the wait
        }
        if (isSandbox) {
            report(event, sandbox.record(account, action, api, request), 1);
            return Optional.empty();
        }
        OutboundAttempt row = row(event, action, false, api, request);
        Optional<ConnectorOutcome> blocked = gate.blocked(account, now);
        if (blocked.isPresent()) {
            park(row, blocked.get());
            row.persist();
            report(event, blocked.get(), 1);
            row.round = 2;
            return Optional.empty();
        }
        row.status = OutboundAttempt.IN_FLIGHT;
        row.persist();
        return Optional.of(new Work(event, action, account, api, request, onOwnPost, false, null));
    }

    /** A Telegram post without a target goes to the channel the bot's account names ({@code channelChatId}). */
    private static OutboundActionRequested onChannel(OutboundActionRequested a, ChannelAccount account) {
        if (a.platform() != Platform.TELEGRAM || a.action() != OutboundAction.PUBLISH_POST
                || (a.targetObjectId() != null && !a.targetObjectId().isBlank())) {
            return a;
        }
        return account.setting("channelChatId").map(chat -> new OutboundActionRequested(a.actionId(), a.action(),
                a.platform(), a.channelAccountId(), chat, a.text(), a.requestedBy(), a.origin(), a.recipientId(),
                a.link(), a.media(), a.marker(), a.notBefore())).orElse(a);
    }

    /** Whether a reply's target is a post this gateway published (Instagram: a comment on the post, not a reply). */
    private boolean onOwnPost(OutboundActionRequested a) {
        if (a.action() != OutboundAction.REPLY || a.platform() != Platform.INSTAGRAM || a.targetObjectId() == null) {
            return false;
        }
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbound_attempt WHERE platform = ?1 "
                        + "AND platform_object_id = ?2 AND action = 'publish_post' AND status = 'delivered'")
                .setParameter(1, a.platform().id()).setParameter(2, a.targetObjectId()).getSingleResult())
                .longValue() > 0;
    }

    private OutboundAttempt row(Event<OutboundActionRequested> event, OutboundActionRequested action,
            boolean isSandbox, PlatformApi api, PlatformRequest request) {
        OutboundAttempt attempt = new OutboundAttempt();
        attempt.actionId = action.actionId();
        attempt.brand = event.brand();
        attempt.platform = action.platform().id();
        attempt.channelAccountId = action.channelAccountId();
        attempt.action = action.action().id();
        attempt.origin = action.origin();
        PlatformRequest.Call redacted = request.redacted(isSandbox ? api.apiRoot() : live.apiRoot(api));
        attempt.method = redacted.method();
        attempt.url = redacted.url();
        attempt.startedAt = clock.instant();
        attempt.mode = isSandbox ? "sandbox" : "live";
        attempt.request = EventJson.toJson(event);
        return attempt;
    }

    /** Writes a delayed outcome on the row: until the time it names, or (authorization) until reconnected. */
    private void park(OutboundAttempt row, ConnectorOutcome delayed) {
        row.status = OutboundAttempt.DELAYED;
        row.failure = delayed.failure().id();
        row.lastReason = delayed.reason();
        row.nextAt = delayed.failure() == FailureKind.AUTHORIZATION ? null : delayed.retryAt();
    }

    private void run(Work first) {
        Work work = first;
        while (work != null) {
            Work w = work;
            ConnectorOutcome outcome;
            try {
                outcome = w.reconcile() ? reconcile(w) : live.send(w.account(), w.action(), w.api(), w.request(),
                        attempts(w.action().actionId()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "action %s on %s: unexpected failure", w.action().actionId(), w.action().platform().id());
                outcome = ConnectorOutcome.unknown("the gateway failed while sending (" + e.getClass().getSimpleName()
                        + ")");
            }
            ConnectorOutcome done = outcome;
            // The platform has answered: keep trying to record it while the database is away (the claim stands, so a
            // redelivery would not send again, and the outcome would be lost).
            work = processing.untilDone(CONSUMER, () -> QuarkusTransaction.requiringNew().call(() -> complete(w, done)));
        }
    }

    private LiveConnector.Attempts attempts(UUID actionId) {
        return new LiveConnector.Attempts() {
            @Override
            public void sending(int attempt) {
                QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.update(
                        "attempts = attempts + 1, lastAttemptAt = ?1 where actionId = ?2", clock.instant(), actionId));
            }

            @Override
            public void waiting(int attempt, String reason, Duration wait) {
                QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.update(
                        "lastReason = ?1 where actionId = ?2", reason, actionId));
            }

            @Override
            public void publishing(Instant at) {
                QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.update(
                        "sentAt = ?1 where actionId = ?2", at, actionId));
            }
        };
    }

    /** Not found among the recent posts: sent once more. */
    private static final ConnectorOutcome NOT_FOUND = new ConnectorOutcome(DeliveryOutcome.UNKNOWN, null,
            "not found", false, FailureKind.UNKNOWN_OUTCOME, null, null, false);

    /**
     * Reads the account's recent posts (or the post's comments) and looks for the action among them, page after page
     * while the posts read are no older than the attempt (less the clock skew a platform's time may have): in a
     * burst the post may be far down the list by the time it is looked for. Not found once an older post was read, or
     * at the list's end: sent once more. Still only newer posts after {@link #MOST_PAGES} pages: read again later
     * rather than risk a second post.
     */
    private ConnectorOutcome reconcile(Work w) {
        PlatformRequest read = w.api().recent(w.action(), w.onOwnPost()).orElseThrow();
        String author = w.action().action() == OutboundAction.REPLY ? w.action().channelAccountId() : null;
        Instant before = w.sentAt() == null ? null : w.sentAt().minus(PostText.SKEW);
        for (int page = 1; ; page++) {
            LiveConnector.Read answer = live.read(w.account(), w.api(), read);
            if (answer.response() == null) {
                return ConnectorOutcome.unknown("the account's recent posts could not be read (" + answer.failure()
                        + ")");
            }
            boolean reachedOlder = false;
            for (PlatformApi.Published p : w.api().readRecent(w.action(), answer.response())) {
                if (p.id() != null && PostText.isOurs(w.action(), p, w.sentAt(), author)) {
                    LOG.infof("action %s of unknown outcome found on %s as %s (page %d of its recent posts)",
                            w.action().actionId(), w.action().platform().id(), p.id(), page);
                    return ConnectorOutcome.delivered(p.id(), p.permalink() != null ? p.permalink()
                            : w.api().permalink(w.action(), p.id()), false);
                }
                reachedOlder |= before != null && p.createdAt() != null && p.createdAt().isBefore(before);
            }
            Optional<PlatformRequest> next = reachedOlder ? Optional.empty()
                    : w.api().nextPage(w.action(), w.onOwnPost(), answer.response());
            if (next.isEmpty()) {
                return NOT_FOUND;
            }
            if (page == MOST_PAGES) {
                return ConnectorOutcome.unknown("not among the account's " + MOST_PAGES + " pages of posts newer "
                        + "than the attempt");
            }
            read = next.get();
        }
    }

    /** Settles the in-flight row with what happened; returns the work to do next at once (a resend), if any. */
    private Work complete(Work w, ConnectorOutcome outcome) {
        OutboundAttempt row = em.find(OutboundAttempt.class, w.action().actionId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !OutboundAttempt.IN_FLIGHT.equals(row.status)) {
            LOG.warnf("action %s ended (%s) after it had been given up as in flight too long; its report stands",
                    w.action().actionId(), outcome.outcome().id());
            return null;
        }
        Instant now = clock.instant();
        health(row, outcome);
        if (outcome.appPausedUntil() != null) {
            gate.hold(row.platform, ChannelGate.APP, outcome.appPausedUntil(), "the app's usage reached "
                    + config.appUsageCeiling() + "% of its limit (X-App-Usage)");
        }
        if (w.reconcile() && outcome.outcome() == DeliveryOutcome.UNKNOWN) {
            if (outcome == NOT_FOUND) {
                if (!row.resent) {
                    row.resent = true;
                    row.round++;
                    row.startedAt = now;
                    row.lastReason = "not found among the account's recent posts after "
                            + config.visibilityDelay().toSeconds() + " s: sent once more";
                    LOG.infof("action %s: %s", row.actionId, row.lastReason);
                    return new Work(w.event(), w.action(), w.account(), w.api(), w.request(), w.onOwnPost(), false,
                            null);
                }
                return settle(w, row, ConnectorOutcome.failed(FailureKind.UNKNOWN_OUTCOME, "sent twice without an "
                        + "answer and found neither time among the account's recent posts on "
                        + w.action().platform().id() + "; it is not sent again — check the account", false));
            }
            row.reads++;
            if (row.reads >= config.reconcileReads()) {
                return settle(w, row, ConnectorOutcome.failed(FailureKind.UNKNOWN_OUTCOME, outcome.reason()
                        + "; gave up after " + row.reads + " reads — check on " + w.action().platform().id()
                        + " whether it was published", false));
            }
            row.status = OutboundAttempt.UNKNOWN;
            row.lastReason = outcome.reason();
            row.nextAt = now.plus(config.visibilityDelay());
            return null; // still unknown: no new report
        }
        switch (outcome.outcome()) {
            case DELAYED -> {
                if (outcome.failure() == FailureKind.AUTHORIZATION) {
                    gate.needsReconnect(row.platform, row.channelAccountId, outcome.reason());
                } else {
                    gate.hold(row.platform, outcome.appWide() ? ChannelGate.APP : row.channelAccountId,
                            outcome.retryAt(), outcome.reason());
                }
                park(row, outcome);
                report(w.event(), outcome, row.round);
                row.round++;
                // parley_ingest_delivery_retries_total{platform}: waits before another attempt
                metrics.counter("parley_ingest_delivery_retries", "platform", row.platform).increment();
                return null;
            }
            case UNKNOWN -> {
                if (w.api().recent(w.action(), w.onOwnPost()).isEmpty()) {
                    return settle(w, row, ConnectorOutcome.failed(FailureKind.UNKNOWN_OUTCOME, outcome.reason()
                            + "; " + w.action().platform().id() + " offers no way to look it up, so it is not sent "
                            + "again — check on " + w.action().platform().id(), false));
                }
                row.status = OutboundAttempt.UNKNOWN;
                row.failure = FailureKind.UNKNOWN_OUTCOME.id();
                row.lastReason = outcome.reason();
                row.nextAt = now.plus(config.visibilityDelay());
                report(w.event(), outcome.withReason(outcome.reason() + "; the account's recent posts are checked in "
                        + config.visibilityDelay().toSeconds() + " s before anything is sent again"), row.round);
                return null;
            }
            default -> {
                return settle(w, row, outcome);
            }
        }
    }

    /**
     * What a live call showed about the channel, as {@link LiveConnector} classified the platform's answer: fed to
     * the channel's health in this transaction (a success clears a problem; a refused token, a missing permission
     * or a rate limit is one). Sandbox outcomes say nothing about the platform.
     */
    private void health(OutboundAttempt row, ConnectorOutcome outcome) {
        if (outcome.sandbox()) {
            return;
        }
        Platform platform = Platform.fromId(row.platform);
        String account = row.channelAccountId;
        if (outcome.outcome() == DeliveryOutcome.DELIVERED) {
            signals.fire(ChannelSignal.succeeded(platform, account));
        } else if (outcome.failure() == FailureKind.AUTHORIZATION && outcome.outcome() == DeliveryOutcome.DELAYED) {
            signals.fire(ChannelSignal.of(platform, account, ChannelSignal.Kind.TOKEN_REFUSED, outcome.reason()));
        } else if (outcome.failure() == FailureKind.RATE_LIMITED) {
            signals.fire(new ChannelSignal(platform, account, ChannelSignal.Kind.RATE_LIMITED, outcome.reason(),
                    outcome.retryAt()));
        } else if (outcome.permissionMissing()) {
            signals.fire(ChannelSignal.of(platform, account, ChannelSignal.Kind.PERMISSION_MISSING,
                    outcome.reason()));
        }
    }

    /** Delivered or failed: the end. */
    private Work settle(Work w, OutboundAttempt row, ConnectorOutcome outcome) {
        row.status = outcome.outcome().id();
        row.platformObjectId = outcome.platformObjectId();
        row.permalink = outcome.permalink();
        row.failure = outcome.failure() == null ? null : outcome.failure().id();
        if (outcome.reason() != null) {
            row.lastReason = outcome.reason(); // a delivered action keeps why it took more than one attempt
        }
        row.nextAt = null;
        row.completedAt = clock.instant();
        report(w.event(), outcome, row.round);
        return null;
    }

    /** Takes up parked actions that fell due and unknown outcomes to reconcile, on whichever replica gets them. */
    @Scheduled(every = "${parley.ingest.outbound.tick:2s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        runDue();
    }

    /** Runs what is due now; returns how many were taken up. */
    public int runDue() {
        List<Work> due = QuarkusTransaction.requiringNew().call(this::claimDue);
        due.forEach(this::run);
        return due.size();
    }

    private List<Work> claimDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH due AS (SELECT action_id, status AS was FROM outbound_attempt
                             WHERE status IN ('delayed', 'unknown') AND next_at <= ?1
                             ORDER BY next_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                UPDATE outbound_attempt o SET status = 'in_flight', started_at = ?1
                FROM due WHERE o.action_id = due.action_id
                RETURNING o.action_id, due.was""").setParameter(1, now).setParameter(2, DUE_BATCH).getResultList();
        List<Work> work = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            boolean reconcile = OutboundAttempt.UNKNOWN.equals(r[1]);
            OutboundAttempt row = em.find(OutboundAttempt.class, id);
            em.refresh(row);
            prepare(row, reconcile, now).ifPresent(work::add);
        }
        return work;
    }

    @SuppressWarnings("unchecked")
    private Optional<Work> prepare(OutboundAttempt row, boolean reconcile, Instant now) {
        Event<OutboundActionRequested> event = (Event<OutboundActionRequested>) (Event<?>) EventJson.fromJson(
                row.request);
        Optional<ChannelAccount> account = channels.find(event.data().platform(), event.data().channelAccountId())
                .filter(a -> a.brand().equals(event.brand()));
        Work shell = new Work(event, event.data(), null, null, null, false, reconcile, row.sentAt);
        if (account.isEmpty()) {
            settle(shell, row, ConnectorOutcome.failed(FailureKind.UNSUPPORTED, "the " + row.platform + " account "
                    + row.channelAccountId + " is no longer connected", false));
            return Optional.empty();
        }
        OutboundActionRequested action = onChannel(event.data(), account.get());
        boolean onOwnPost = onOwnPost(action);
        PlatformApi api = requests.api(action.platform()).orElseThrow();
        PlatformRequests.Result result = requests.requestFor(action, onOwnPost);
        if (result.request().isEmpty()) {
            settle(shell, row, ConnectorOutcome.failed(result.kind(), result.refusal(), false));
            return Optional.empty();
        }
        Work work = new Work(event, action, account.get(), api, result.request().get(), onOwnPost, reconcile,
                row.sentAt);
        if ("sandbox".equals(row.mode) || account.get().mode() == ChannelMode.sandbox) {
            settle(work, row, sandbox.record(account.get(), action, api, result.request().get()));
            return Optional.empty();
        }
        if (!reconcile) {
            Optional<ConnectorOutcome> blocked = gate.blocked(account.get(), now);
            if (blocked.isPresent()) {
                boolean news = !blocked.get().failure().id().equals(row.failure);
                park(row, blocked.get());
                if (news) {
                    report(event, blocked.get(), row.round);
                    row.round++;
                }
                return Optional.empty();
            }
        }
        return Optional.of(work);
    }

    private void report(Event<OutboundActionRequested> event, ConnectorOutcome outcome, int attempt) {
        OutboundActionRequested action = event.data();
        if (action.action() == OutboundAction.PUBLISH_POST && outcome.outcome() == DeliveryOutcome.DELIVERED
                && outcome.platformObjectId() != null) {
            published.remember(event.brand(), action, outcome, clock.instant());
        }
        reports.report(event.brand(), action.actionId(), action.action(), action.platform(), action.origin(), outcome,
                attempt);
    }
}
