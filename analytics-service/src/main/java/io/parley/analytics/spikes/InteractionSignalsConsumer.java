package io.parley.analytics.spikes;

import io.parley.analytics.contacts.ContactLedger;
import io.parley.analytics.volumes.VolumeStore;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.interactions.InteractionReceived;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import io.parley.platform.consumers.RecordProcessing;

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

    @Inject
    ContactLedger contacts;

    static final String CONSUMER = "analytics.interactions";

    @Inject
    RecordProcessing processing;

    @Incoming("interactions")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        // a batch in one transaction; a record that fails is set aside after the batch is retried one by one
        processing.processBatchInTransaction(CONSUMER, records, r -> apply(EventJson.fromBytes(r.value())));
    }

    private void apply(Event<Payload> event) {
        if (!(event.data() instanceof InteractionReceived received)) {
            return;
        }
        volumes.heard(event.id(), event.brand(), received.platform().id(),
                received.platformTime() != null ? received.platformTime() : event.time(), received.signals());
        if (received.signals() == null) {
            return;
        }
        if (!received.signals().spam() && ("praise".equals(received.signals().moment())
                || "positive".equals(received.signals().sentiment())) && received.author() != null) {
            contacts.praiseHeard(event.id(), event.brand(), received.platform().id(), received.author().platformId(),
                    received.platformTime() != null ? received.platformTime() : event.time());
        }
        if ("complaint".equals(received.signals().moment())) {
            watch.heard(event.id(), event.brand(), "complaint", event.observedTime(), received.text());
        }
        if ("negative".equals(received.signals().sentiment())) {
            watch.heard(event.id(), event.brand(), "negative", event.observedTime(), received.text());
        }
    }
}
