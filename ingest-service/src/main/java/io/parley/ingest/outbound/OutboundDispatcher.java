package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Performs outbound actions through the channel account's mode and reports every outcome on
 * {@code parley.deliveries.v1}. Each action id is performed at most once:
 * <ol>
 * <li>one transaction claims the action id, and either settles it at once (no such account, an action the
 * platform cannot take, a sandbox account: recorded and reported together) or writes it
 * {@code in_flight};</li>
 * <li>the platform is called outside any transaction (a slow platform holds no connection or lock);</li>
 * <li>a last transaction completes the in-flight row and writes the report — only if the row is still in
 * flight, so an action that {@link InFlightRecovery} already gave up on is not reported twice.</li>
 * </ol>
 * A redelivered or repeated request finds its claim and does nothing. While the database is away, the first and
 * the last step are tried again until they land ({@link RecordProcessing}).
 */
@ApplicationScoped
public class OutboundDispatcher {

    static final String CONSUMER = "ingest.outbound";
    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class);

    private final ChannelDirectory channels;
    private final ProcessedEvents processed;
    private final DeliveryReports reports;
    private final Clock clock;
    private final SandboxConnector sandbox;
    private final LiveConnector live;
    private final PlatformRequests requests;
    private final EntityManager em;
    private final RecordProcessing processing;

    @Inject
    public OutboundDispatcher(ChannelDirectory channels, ProcessedEvents processed, DeliveryReports reports,
            Clock clock, SandboxConnector sandbox, LiveConnector live, IngestConfig ingest, OutboundConfig outbound,
            EntityManager em, RecordProcessing processing) {
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
    }

    /** An action written in flight, to send. */
    private record Claimed(ChannelAccount account, PlatformApi api, PlatformRequest request) {
    }

    public void dispatch(Event<OutboundActionRequested> event) {
        Optional<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> claim(event));
        if (claimed.isEmpty()) {
            return;
        }
        OutboundActionRequested action = event.data();
        Claimed c = claimed.get();
        ConnectorOutcome outcome;
        try {
            outcome = live.send(c.account(), action, c.api(), c.request(), new LiveConnector.Attempts() {
                @Override
                public void sending(int attempt) {
                    QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.update(
                            "attempts = ?1, lastAttemptAt = ?2 where actionId = ?3", attempt, clock.instant(),
                            action.actionId()));
                }

                @Override
                public void waiting(int attempt, String reason, Duration wait) {
                    QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.update(
                            "lastReason = ?1 where actionId = ?2", reason, action.actionId()));
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "action %s on %s: unexpected failure while sending", action.actionId(),
                    action.platform().id());
            outcome = ConnectorOutcome.failed("outcome unknown: the gateway failed while sending ("
                    + e.getClass().getSimpleName() + "); it is not sent again — check on " + action.platform().id(),
                    false);
        }
        ConnectorOutcome done = outcome;
        // The platform has answered: keep trying to record it while the database is away (the claim stands, so a
        // redelivery would not send again, and the outcome would be lost).
        processing.untilDone(CONSUMER, () -> {
            QuarkusTransaction.requiringNew().run(() -> complete(event, done));
            return null;
        });
    }

    private Optional<Claimed> claim(Event<OutboundActionRequested> event) {
        OutboundActionRequested action = event.data();
        if (!processed.claim(CONSUMER, action.actionId())) {
            return Optional.empty(); // already performed or under way: a redelivery, or the same action twice
        }
        Optional<ChannelAccount> account = channels.find(action.platform(), action.channelAccountId())
                .filter(a -> a.brand().equals(event.brand()));
        if (account.isEmpty()) {
            report(event, ConnectorOutcome.failed("brand '" + event.brand() + "' has no " + action.platform().id()
                    + " account '" + action.channelAccountId() + "'", false));
            return Optional.empty();
        }
        boolean isSandbox = account.get().mode() == ChannelMode.sandbox;
        PlatformRequests.Result result = requests.requestFor(action);
        if (result.request().isEmpty()) {
            report(event, ConnectorOutcome.failed(result.refusal(), isSandbox));
            return Optional.empty();
        }
        PlatformApi api = requests.api(action.platform()).orElseThrow();
        PlatformRequest request = result.request().get();
        if (isSandbox) {
            report(event, sandbox.record(account.get(), action, request.redacted(api.apiRoot())));
            return Optional.empty();
        }
        OutboundAttempt attempt = new OutboundAttempt();
        attempt.actionId = action.actionId();
        attempt.brand = event.brand();
        attempt.platform = action.platform().id();
        attempt.channelAccountId = action.channelAccountId();
        attempt.action = action.action().id();
        attempt.origin = action.origin();
        PlatformRequest.Call redacted = request.redacted(live.apiRoot(api));
        attempt.method = redacted.method();
        attempt.url = redacted.url();
        attempt.status = OutboundAttempt.IN_FLIGHT;
        attempt.startedAt = clock.instant();
        attempt.persist();
        return Optional.of(new Claimed(account.get(), api, request));
    }

    private void complete(Event<OutboundActionRequested> event, ConnectorOutcome outcome) {
        // A delivered action keeps the last passing failure as its reason (why it took more than one attempt).
        String reason = outcome.reason() != null ? ", lastReason = :reason" : "";
        var update = em.createQuery("update OutboundAttempt set status = :status, platformObjectId = :object"
                        + reason + ", completedAt = :now where actionId = :action and status = :inFlight")
                .setParameter("status", outcome.outcome().id())
                .setParameter("object", outcome.platformObjectId())
                .setParameter("now", clock.instant())
                .setParameter("action", event.data().actionId())
                .setParameter("inFlight", OutboundAttempt.IN_FLIGHT);
        if (outcome.reason() != null) {
            update.setParameter("reason", outcome.reason());
        }
        int completed = update.executeUpdate();
        if (completed == 1) {
            report(event, outcome);
        } else {
            LOG.warnf("action %s ended (%s) after it had been given up as in flight too long; its first report stands",
                    event.data().actionId(), outcome.outcome().id());
        }
    }

    private void report(Event<OutboundActionRequested> event, ConnectorOutcome outcome) {
        OutboundActionRequested action = event.data();
        reports.report(event.brand(), action.actionId(), action.action(), action.platform(), action.origin(), outcome);
    }
}
