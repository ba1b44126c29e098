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
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import io.parley.platform.consumers.RecordProcessing;

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

    @Inject
    RecordProcessing processing;

    @Incoming("inbox")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        // a batch in one transaction; a record that fails is set aside after the batch is retried one by one
        processing.processBatchInTransaction(CONSUMER, records, r -> apply(EventJson.fromBytes(r.value())));
    }

    private void apply(Event<Payload> event) {
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
