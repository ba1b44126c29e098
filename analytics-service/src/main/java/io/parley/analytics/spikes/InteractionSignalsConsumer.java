package io.parley.analytics.spikes;

import io.parley.analytics.volumes.VolumeStore;
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
 * Reads {@code parley.interactions.v1}: every interaction for the volume and sentiment figures ({@link VolumeStore},
 * keyed by the event id), and for the spike watch the complaints (moment of truth) and negative interactions
 * (sentiment), an observation keyed by the event id and the signal. A redelivery changes nothing.
 */
@ApplicationScoped
public class InteractionSignalsConsumer {

    @Inject
    SpikeWatch watch;

    @Inject
    VolumeStore volumes;

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (!(event.data() instanceof InteractionReceived received)) {
            return;
        }
        volumes.heard(event.id(), event.brand(), received.platform().id(),
                received.platformTime() != null ? received.platformTime() : event.time(), received.signals());
        if (received.signals() == null) {
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
