package io.parley.calendar.cadence;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.platform.consumers.RecordProcessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the competitors' posts listening observed ({@code parley.engagement.v1}) into the cadence's table. */
@ApplicationScoped
public class CompetitorPostsConsumer {

    static final String CONSUMER = "calendar.competitor-posts";

    @Inject
    RecordProcessing processing;

    @Inject
    CompetitorPosts posts;

    @Incoming("engagement")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value()); // unreadable -> dead letter
            if (event.data() instanceof CompetitorPostObserved post) {
                posts.observed(event.brand(), event.observedTime(), post);
            }
        });
    }
}
