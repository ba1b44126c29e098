package io.parley.inbox.targets;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

    @Incoming("standards")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (event.data() instanceof ResponseTargetsChanged changed) {
            store.update(event.brand(), changed); // versioned upsert: a replay changes nothing
        } else if (event.data() instanceof StandardsCatalogueChanged changed) {
            catalogue.update(event.brand(), changed.version(), changed.catalogue()); // section 9, versioned too
        }
    }
}
