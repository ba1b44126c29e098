package io.parley.analytics.responsetimes;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code parley.inbox.v1} into response-time samples. Idempotent twice over: the event id is
 * claimed, and the conversation id is the samples' natural key (a re-published answer with a new
 * event id still changes nothing). A record that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class InboxEventsConsumer {

    static final String CONSUMER = "analytics.inbox";

    @Inject
    ResponseTimeStore store;

    @Inject
    ProcessedEvents processed;

    @Incoming("inbox")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        Payload data = event.data();
        if (!(data instanceof ConversationOpened || data instanceof ConversationAnswered)) {
            return; // other inbox events: not figures yet
        }
        if (!processed.claim(CONSUMER, event.id())) {
            return;
        }
        if (data instanceof ConversationOpened opened) {
            store.opened(event.brand(), opened);
        } else {
            store.answered(event.brand(), (ConversationAnswered) data);
        }
    }
}
