package io.parley.analytics.publishing;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.VariantPublished;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the publishing figures from the events: posts' readings and accounts' followers from parley.engagement.v1
 * (the latest reading wins, so a redelivery changes nothing), published variants' stories and click-throughs from
 * parley.posts.v1 (a click counted once per event id).
 */
@ApplicationScoped
public class PublishingEventsConsumer {

    static final String CLICKS = "analytics.publishing.clicks";

    @Inject
    RecordProcessing processing;

    @Inject
    ProcessedEvents processed;

    @Inject
    PublishingStore store;

    @Incoming("engagement")
    @Blocking
    public void onEngagement(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction("analytics.publishing.engagement", record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof PostMetricsObserved m) {
                store.observed(event.brand(), m);
            } else if (event.data() instanceof FollowerCountObserved f) {
                store.followers(event.brand(), f);
            }
        });
    }

    @Incoming("posts")
    @Blocking
    public void onPosts(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction("analytics.publishing.posts", record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof VariantPublished p) {
                store.published(event.brand(), p);
            } else if (event.data() instanceof LinkClicked c && processed.claim(CLICKS, event.id())) {
                store.clicked(event.brand(), c);
            }
        });
    }
}
