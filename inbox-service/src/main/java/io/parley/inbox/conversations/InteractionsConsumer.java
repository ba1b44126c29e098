package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
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

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value); // unreadable -> exception -> dead letter
        if (!(event.data() instanceof InteractionReceived received)) {
            return; // other types on the topic are not the inbox's
        }
        if (!processed.claim(CONSUMER, event.id())) {
            return; // a redelivery: nothing changes (the interaction id merges re-published copies too)
        }
        conversations.record(event.brand(), received, event.observedTime());
    }
}
