package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code parley.interactions.v1} into conversations; unreadable records go to the dead-letter topic. */
@ApplicationScoped
public class InteractionsConsumer {

    static final String CONSUMER = "inbox.interactions";

    @Inject
    ConversationService conversations;

    @Inject
    ProcessedEvents processed;

    @Inject
    InteractionHistory history;

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value); // unreadable -> exception -> dead letter
        if (event.data() instanceof InteractionReceived received) {
            if (received.kind() == io.parley.contracts.interactions.InteractionKind.REACTION) {
                return; // a like asks for no answer: reactions count in analytics, not in the queue
            }
            if (processed.claim(CONSUMER, event.id())) { // else a redelivery: nothing changes
                conversations.record(event.brand(), received, event.observedTime());
            }
        } else if (event.data() instanceof InteractionChanged changed) {
            if (processed.claim(CONSUMER, event.id())) {
                history.change(event.id(), changed, event.observedTime());
            }
        }
        // other types on the topic are not the inbox's
    }
}
