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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        // A batch in one transaction, each kind of row written in one statement for the whole batch; when it fails
        // for a reason of one record, its records are applied again one transaction each and that one is set aside.
        processing.processBatchInTransaction(CONSUMER, records, () -> {
            List<Event<Payload>> events = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                events.add(EventJson.fromBytes(record.value()));
            }
            apply(events);
            return Boolean.TRUE;
        }, r -> apply(List.of(EventJson.fromBytes(r.value()))));
    }

    private void apply(List<Event<Payload>> events) {
        List<VolumeStore.Heard> heard = new ArrayList<>(events.size());
        List<ContactLedger.Praise> praise = new ArrayList<>();
        List<SpikeWatch.Observation> observations = new ArrayList<>();
        for (Event<Payload> event : events) {
            if (!(event.data() instanceof InteractionReceived received)) {
                continue;
            }
            Instant written = received.platformTime() != null ? received.platformTime() : event.time();
            heard.add(new VolumeStore.Heard(event.id(), event.brand(), received.platform().id(), written,
                    received.signals()));
            if (received.signals() == null) {
                continue;
            }
            if (!received.signals().spam() && ("praise".equals(received.signals().moment())
                    || "positive".equals(received.signals().sentiment())) && received.author() != null) {
                praise.add(new ContactLedger.Praise(event.id(), event.brand(), received.platform().id(),
                        received.author().platformId(), written));
            }
            if ("complaint".equals(received.signals().moment())) {
                observations.add(new SpikeWatch.Observation(event.id(), event.brand(), "complaint",
                        event.observedTime(), received.text()));
            }
            if ("negative".equals(received.signals().sentiment())) {
                observations.add(new SpikeWatch.Observation(event.id(), event.brand(), "negative",
                        event.observedTime(), received.text()));
            }
        }
        volumes.heardAll(heard);
        contacts.praiseHeardAll(praise);
        watch.heardAll(observations);
    }
}
