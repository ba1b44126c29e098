package io.parley.inbox.targets;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.parley.platform.consumers.RecordProcessing;

/**
 * Keeps the brands' response-time targets from {@code parley.standards.v1}: the plain per-channel targets
 * ({@code ResponseTargetsChanged}) and section 9 of the catalogue ({@code StandardsCatalogueChanged}).
 */
@ApplicationScoped
public class StandardsConsumer {

    @Inject
    ResponseTargetStore store;

    @Inject
    CatalogueTargetStore catalogue;

    @Inject
    RecordProcessing processing;

    static final String CONSUMER = "inbox.standards";

    @Incoming("standards")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof ResponseTargetsChanged changed) {
                store.update(event.brand(), changed); // versioned upsert: a replay changes nothing
            } else if (event.data() instanceof StandardsCatalogueChanged changed) {
                catalogue.update(event.brand(), changed.version(), changed.catalogue()); // section 9, versioned too
            }
        });
    }
}
