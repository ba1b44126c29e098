package io.parley.analytics.responsetimes;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code parley.inbox.v1} into response-time samples. */
@ApplicationScoped
public class InboxEventsConsumer {

    @Inject
    ResponseTimeStore store;

    @Incoming("inbox")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (event.data() instanceof ConversationOpened opened) {
            store.opened(event.brand(), opened);
        } else if (event.data() instanceof ConversationAnswered answered) {
            store.answered(event.brand(), answered);
        }
    }
}
