package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.interactions.InteractionReceived;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code parley.interactions.v1} into conversations; unreadable records go to the dead-letter topic. */
@ApplicationScoped
public class InteractionsConsumer {

    @Inject
    ConversationService conversations;

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (event.data() instanceof InteractionReceived received) {
            conversations.record(event.brand(), received, event.observedTime());
        }
    }
}
