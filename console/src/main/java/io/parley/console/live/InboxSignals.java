package io.parley.console.live;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.NotificationCreated;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens to the inbox's events ({@code parley.inbox.v1}) and hands each open page the ones of its
 * user's brands. Every console instance reads every event (its own consumer group, from the latest
 * offset): it keeps nothing, it only passes news on to the pages connected to it. With no page connected it reads
 * the records and parses none (off-hours, a console instance costs next to nothing per event).
 *
 * <p>One heartbeat every {@link #HEARTBEAT} goes to every page, and when the console stops every page's stream ends,
 * so the server's graceful shutdown is not kept waiting by streams that never finish (the browser reconnects to
 * another instance).
 */
@ApplicationScoped
public class InboxSignals {

    /** A comment line's worth of traffic now and then keeps proxies from closing a quiet stream. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(InboxSignals.class);
    // serialized: the Kafka consumer's thread and the heartbeat's timer both emit
    private final SerializedProcessor<InboxSignal, InboxSignal> signals =
            BroadcastProcessor.<InboxSignal>create().serialized();
    private final AtomicInteger pages = new AtomicInteger();
    private volatile Cancellable heartbeats;

    void start(@Observes StartupEvent started) {
        heartbeats = Multi.createFrom().ticks().every(HEARTBEAT).subscribe()
                .with(tick -> signals.onNext(InboxSignal.heartbeat()));
    }

    /** Every page's stream ends (it completes), so none holds the shutdown up. */
    void stop(@Observes ShutdownEvent stopping) {
        Cancellable beating = heartbeats;
        if (beating != null) {
            beating.cancel();
        }
        signals.onComplete();
    }

    @Incoming("inbox-events")
    public void on(byte[] value) {
        if (pages.get() == 0) {
            return; // nobody to tell: the record is read (the offset moves on) and not parsed
        }
        signal(value).ifPresent(signals::onNext);
    }

    /** How many pages are connected to this instance's stream now. */
    int pages() {
        return pages.get();
    }

    /** The signal an event makes, if it is one an inbox page cares about. */
    static Optional<InboxSignal> signal(byte[] value) {
        Event<Payload> event;
        try {
            event = EventJson.fromBytes(value);
        } catch (RuntimeException e) {
            // Not ours to judge: the inbox's consumers dead-letter it. A page just misses one nudge.
            LOG.debugf("an unreadable record on parley.inbox.v1: %s", e.getMessage());
            return Optional.empty();
        }
        if (event.data() instanceof ConversationOpened opened) {
            return Optional.of(InboxSignal.ofConversation(InboxSignal.OPENED, event.brand(), opened.conversationId(),
                    opened.platform().id(), event.time()));
        }
        if (event.data() instanceof ConversationAnswered answered) {
            return Optional.of(InboxSignal.ofConversation(InboxSignal.ANSWERED, event.brand(),
                    answered.conversationId(), answered.platform().id(), event.time()));
        }
        if (event.data() instanceof CompensationDecided decided) {
            // Told to the agent who asked, wherever they are in the inbox (issue 21, item 6).
            return Optional.of(new InboxSignal(InboxSignal.COMPENSATION_DECIDED, event.brand(),
                    decided.conversationId(), null, event.time(), decided.requestedBy(), decided.offerId(),
                    decided.decision(), decided.decidedBy(), decided.comment(), decided.amountMinor(),
                    decided.currency()));
        }
        if (event.data() instanceof NotificationCreated created) {
            // Told to its recipient only: their bell reloads its count (issue 16, item 3).
            return Optional.of(new InboxSignal(InboxSignal.NOTIFICATION, event.brand(), null, null, event.time(),
                    created.recipient(), null, null, null, null, null, null));
        }
        return Optional.empty();
    }

    /**
     * The signals of these brands for this user from now on (a decision reaches only the agent who asked), and the
     * heartbeats; counted as a connected page from its subscription until it ends or is cancelled.
     */
    public Multi<InboxSignal> of(Set<String> brands, String userName) {
        Multi<InboxSignal> news = Multi.createFrom().publisher(signals).filter(s -> InboxSignal.HEARTBEAT.equals(s.kind())
                        || brands.contains(s.brand()) && s.isFor(userName))
                .onSubscription().invoke(pages::incrementAndGet)
                .onTermination().invoke(pages::decrementAndGet);
        // a heartbeat first: the response starts at once, and the page knows it is connected
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(InboxSignal.heartbeat()), news);
    }
}
