package io.parley.inbox.incidents;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.parley.platform.consumers.RecordProcessing;

/** Reads {@code parley.alerts.v1}: a spike opens an incident (once per spike). */
@ApplicationScoped
public class AlertsConsumer {

    static final String CONSUMER = "inbox.alerts";

    @Inject
    IncidentService incidents;

    @Inject
    ProcessedEvents processed;

    @Inject
    RecordProcessing processing;

    @Incoming("alerts")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof SpikeDetected spike && processed.claim(CONSUMER, event.id())) {
                incidents.openFromSpike(event.brand(), spike);
            }
        });
    }
}
