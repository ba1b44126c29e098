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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import io.parley.platform.consumers.RecordProcessing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
        // A batch in one transaction, its events claimed in one statement; when it fails for a reason of one record,
        // its records are applied again one transaction each and that one is set aside.
        processing.processBatchInTransaction(CONSUMER, records, () -> {
            List<Event<Payload>> events = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                Event<Payload> event = EventJson.fromBytes(record.value());
                if (counts(event)) {
                    events.add(event);
                }
            }
            Set<UUID> claimed = processed.claimAll(CONSUMER, events.stream().map(Event::id).toList());
            for (Event<Payload> event : events) {
                if (claimed.remove(event.id())) { // the first of the same event twice in the batch
                    write(event);
                }
            }
            return Boolean.TRUE;
        }, r -> apply(EventJson.fromBytes(r.value())));
    }

    /** Conversations opened and answered count; other inbox events are not figures yet. */
    private static boolean counts(Event<Payload> event) {
        return event.data() instanceof ConversationOpened || event.data() instanceof ConversationAnswered;
    }

    private void apply(Event<Payload> event) {
        if (counts(event) && processed.claim(CONSUMER, event.id())) {
            write(event);
        }
    }

    private void write(Event<Payload> event) {
        if (event.data() instanceof ConversationOpened opened) {
            store.opened(event.brand(), opened);
        } else {
            store.answered(event.brand(), (ConversationAnswered) event.data());
        }
    }
}
