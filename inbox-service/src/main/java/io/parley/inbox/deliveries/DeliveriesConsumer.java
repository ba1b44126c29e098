package io.parley.inbox.deliveries;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.inbox.grouped.GroupedAnswerService;
import io.parley.inbox.moderation.ModerationService;
import io.parley.inbox.replies.ReplyService;
import io.parley.platform.consumers.RecordProcessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the gateway's delivery reports from {@code parley.deliveries.v1} and hands each to the three kinds of
 * outbound action that wait for one (replies, moderation, grouped answers); each claims only its own actions.
 */
@ApplicationScoped
public class DeliveriesConsumer {

    @Inject
    ReplyService replies;

    @Inject
    ModerationService moderation;

    @Inject
    GroupedAnswerService grouped;

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
