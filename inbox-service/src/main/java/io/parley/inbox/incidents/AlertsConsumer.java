package io.parley.inbox.incidents;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code parley.alerts.v1}: a spike opens an incident (once per spike). */
@ApplicationScoped
public class AlertsConsumer {

    static final String CONSUMER = "inbox.alerts";

    @Inject
    IncidentService incidents;

    @Inject
    ProcessedEvents processed;

    @Incoming("alerts")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (event.data() instanceof SpikeDetected spike && processed.claim(CONSUMER, event.id())) {
            incidents.openFromSpike(event.brand(), spike);
        }
    }
}
