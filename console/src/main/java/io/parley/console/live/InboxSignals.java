package io.parley.console.live;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.NotificationCreated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;

/**
 * Listens to the inbox's events ({@code parley.inbox.v1}) and hands each open page the ones of its
 * user's brands. Every console instance reads every event (its own consumer group, from the latest
 * offset): it keeps nothing, it only passes news on to the pages connected to it.
 */
@ApplicationScoped
public class InboxSignals {

    private static final Logger LOG = Logger.getLogger(InboxSignals.class);
    private final BroadcastProcessor<InboxSignal> signals = BroadcastProcessor.create();

    @Incoming("inbox-events")
    public void on(byte[] value) {
        signal(value).ifPresent(signals::onNext);
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

    /** The signals of these brands for this user from now on (a decision reaches only the agent who asked). */
    public Multi<InboxSignal> of(Set<String> brands, String userName) {
        return signals.filter(s -> brands.contains(s.brand()) && s.isFor(userName));
    }
}
