package io.parley.inbox.targets;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the brands' response-time targets from {@code parley.standards.v1}. */
@ApplicationScoped
public class StandardsConsumer {

    @Inject
    ResponseTargetStore store;

    @Incoming("standards")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value);
        if (event.data() instanceof ResponseTargetsChanged changed) {
            store.update(event.brand(), changed); // versioned upsert: a replay changes nothing
        }
    }
}
