package io.parley.analytics.care;

import io.parley.analytics.contacts.ContactLedger;
import io.parley.analytics.timeline.IncidentMarks;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@code parley.inbox.v1} (consumer group {@code analytics-service-care}, from the earliest offset, so a new
 * deployment builds the figures from the whole retained history) into the care facts, the meaningful contacts and
 * the incidents of the timeline. Each event is claimed once; a record that cannot be read goes to the dead-letter
 * topic, and an outage is waited out (platform's {@link RecordProcessing}).
 */
@ApplicationScoped
public class InboxFactsConsumer {

    static final String CONSUMER = "analytics.care";

    @Inject
    CareFacts facts;

    @Inject
    ContactLedger contacts;

    @Inject
    IncidentMarks incidents;

    @Inject
    ProcessedEvents processed;

    @Inject
    RecordProcessing processing;

    @Incoming("care-inbox")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        // A batch in one transaction, its events claimed in one statement; when it fails for a reason of one record,
        // its records are applied again one transaction each and that one is set aside.
        processing.processBatchInTransaction(CONSUMER, records, () -> {
            Map<UUID, Runnable> writes = new LinkedHashMap<>(); // the first of the same event twice in the batch
            for (ConsumerRecord<String, byte[]> record : records) {
                Event<Payload> event = EventJson.fromBytes(record.value());
                Runnable write = write(event);
                if (write != null) {
                    writes.putIfAbsent(event.id(), write);
                }
            }
            Set<UUID> claimed = processed.claimAll(CONSUMER, writes.keySet());
            writes.forEach((id, write) -> {
                if (claimed.contains(id)) {
                    write.run();
                }
            });
            return Boolean.TRUE;
        }, r -> apply(EventJson.fromBytes(r.value())));
    }

    /** What the event writes, or null when it counts in no figure. */
    private Runnable write(Event<Payload> event) {
        Payload data = event.data();
        String brand = event.brand();
        Runnable write;
        if (data instanceof ConversationOpened o) {
            write = () -> facts.opened(brand, o);
        } else if (data instanceof ConversationAssigned a) {
            write = () -> facts.assigned(brand, a);
        } else if (data instanceof ConversationAnswered a) {
            write = () -> facts.answered(brand, a);
        } else if (data instanceof ConversationStatusChanged s) {
            write = () -> facts.statusChanged(brand, s);
        } else if (data instanceof ComplaintSettled c) {
            write = () -> contacts.complaintSettled(brand, c);
        } else if (data instanceof NoteAdded n) {
            write = () -> contacts.noteAdded(brand, n);
        } else if (data instanceof AdvocateGained a) {
            write = () -> contacts.advocateGained(brand, a);
        } else if (data instanceof RecommendationRequested r) {
            write = () -> contacts.recommendationRequested(brand, r);
        } else if (data instanceof IncidentOpened i) {
            write = () -> incidents.opened(brand, i);
        } else if (data instanceof IncidentClosed i) {
            write = () -> incidents.closed(brand, i);
        } else {
            return null; // other inbox events count in no figure
        }
        return write;
    }

    private void apply(Event<Payload> event) {
        Runnable write = write(event);
        if (write != null && processed.claim(CONSUMER, event.id())) {
            write.run();
        }
    }
}
