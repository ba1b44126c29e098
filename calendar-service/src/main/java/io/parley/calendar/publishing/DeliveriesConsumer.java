package io.parley.calendar.publishing;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.platform.consumers.RecordProcessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the gateway's delivery reports from {@code parley.deliveries.v1}; only the calendar's own actions count. */
@ApplicationScoped
public class DeliveriesConsumer {

    @Inject
    RecordProcessing processing;

    @Inject
    Outcomes outcomes;

    @Incoming("deliveries")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(Outcomes.CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value()); // unreadable -> dead letter
            if (event.data() instanceof DeliveryReported report) {
                outcomes.reported(event.id(), report);
            }
        });
    }
}
