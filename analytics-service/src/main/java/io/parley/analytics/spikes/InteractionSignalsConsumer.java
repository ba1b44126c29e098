package io.parley.analytics.spikes;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.interactions.InteractionReceived;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code parley.interactions.v1} for the spike watch: complaints (moment of truth) and negative
 * interactions (sentiment). Idempotent: an observation is keyed by the event id and the signal.
 */
@ApplicationScoped
public class InteractionSignalsConsumer {

    @Inject
    SpikeWatch watch;

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (!(event.data() instanceof InteractionReceived received) || received.signals() == null) {
            return;
        }
        if ("complaint".equals(received.signals().moment())) {
            watch.heard(event.id(), event.brand(), "complaint", event.observedTime(), received.text());
        }
        if ("negative".equals(received.signals().sentiment())) {
            watch.heard(event.id(), event.brand(), "negative", event.observedTime(), received.text());
        }
    }
}
