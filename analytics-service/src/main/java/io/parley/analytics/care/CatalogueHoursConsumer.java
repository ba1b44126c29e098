package io.parley.analytics.care;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.platform.consumers.RecordProcessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Reads the brands' catalogues from {@code parley.standards.v1} (group {@code analytics-service-care}) for the hours
 * of section 9; each version is kept once (its number is the key), and the conversations that arrived since it took
 * effect are measured again in its hours.
 */
@ApplicationScoped
public class CatalogueHoursConsumer {

    static final String CONSUMER = "analytics.care-hours";

    @Inject
    CareHours hours;

    @Inject
    CareFacts facts;

    @Inject
    RecordProcessing processing;

    @Incoming("care-standards")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof StandardsCatalogueChanged changed) {
                Instant effective = changed.effectiveFrom() != null ? changed.effectiveFrom() : event.time();
                hours.keep(event.brand(), changed.version(), effective, changed.catalogue());
                facts.hoursChanged(event.brand(), effective);
            }
        });
    }
}
