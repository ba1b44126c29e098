package io.parley.inbox.incidents;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.alerts.SpikeDetected;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.parley.platform.consumers.RecordProcessing;

import java.util.UUID;

/** Reads {@code parley.alerts.v1}: a spike opens an incident (once per spike) and gathers its conversations. */
@ApplicationScoped
public class AlertsConsumer {

    static final String CONSUMER = "inbox.alerts";

    @Inject
    IncidentService incidents;

    @Inject
    RecordProcessing processing;

    @Incoming("alerts")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        // The incident in a transaction (once per spike), then its conversations a chunk per transaction: a spike
        // of a hundred thousand interactions is too much for one. Read again (a redelivery, a failure waited out),
        // the spike finds its incident and the gather goes on where it stopped.
        processing.process(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof SpikeDetected spike) {
                UUID incident = QuarkusTransaction.requiringNew().call(
                        () -> incidents.openFromSpike(event.brand(), spike));
                incidents.gatherInChunks(incident);
            }
        });
    }
}
