package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.parley.platform.consumers.RecordProcessing;

/** Reads {@code parley.outbound.v1}; unreadable records go to the dead-letter topic. */
@ApplicationScoped
public class OutboundConsumer {

    @Inject
    OutboundDispatcher dispatcher;

    @Inject
    RecordProcessing processing;

    @Incoming("outbound")
    @Blocking
    @SuppressWarnings("unchecked")
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.process(OutboundDispatcher.CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof OutboundActionRequested) {
                dispatcher.dispatch((Event<OutboundActionRequested>) (Event<?>) event);
            }
        });
    }
}
