package io.parley.inbox.replies;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.deliveries.DeliveryReported;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.parley.platform.consumers.RecordProcessing;

/** Reads the gateway's delivery reports from {@code parley.deliveries.v1}. */
@ApplicationScoped
public class DeliveriesConsumer {

    @Inject
    ReplyService replies;

    @Inject
    io.parley.inbox.moderation.ModerationService moderation;

    @Inject
    io.parley.inbox.grouped.GroupedAnswerService grouped;

    @Inject
    RecordProcessing processing;

    static final String CONSUMER = "inbox.deliveries";

    @Incoming("deliveries")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value()); // unreadable -> exception -> dead letter
            // Delayed (rate-limited, channel to reconnect) and unknown (being reconciled) are on the way to an end;
            // only delivered or failed settles a reply, a moderation action or a grouped answer.
            if (event.data() instanceof DeliveryReported report && report.outcome().isFinal()) {
                replies.delivered(event.id(), report);
                moderation.delivered(event.id(), report); // each claims only the reports of its own actions
                grouped.delivered(event.id(), report);
            }
        });
    }
}
