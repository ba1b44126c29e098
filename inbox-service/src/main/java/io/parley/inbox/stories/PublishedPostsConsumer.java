package io.parley.inbox.stories;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.posts.VariantPublished;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code parley.posts.v1}: a published variant links the conversations under its post to its story. */
@ApplicationScoped
public class PublishedPostsConsumer {

    static final String CONSUMER = "inbox.published-posts";

    @Inject
    StoryLinks links;
    @Inject
    ProcessedEvents processed;
    @Inject
    RecordProcessing processing;

    @Incoming("posts")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            // The posts topic carries many types, some newer than this build: only a published variant is read
            // (another type is skipped, never set aside); a record that is no event at all is.
            if (!VariantPublished.TYPE.equals(typeOf(r.value()))) {
                return;
            }
            Event<Payload> event = EventJson.fromBytes(r.value());
            if (event.data() instanceof VariantPublished published && processed.claim(CONSUMER, event.id())) {
                links.published(event.brand(), published);
            }
        });
    }

    /** The event's type; for bytes that are no JSON object, VariantPublished's, so that fromBytes sets them aside saying why. */
    static String typeOf(byte[] value) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = EventJson.mapper().readTree(value);
            return node != null && node.isObject() ? node.path("type").asText(null) : VariantPublished.TYPE;
        } catch (java.io.IOException e) {
            return VariantPublished.TYPE; // unreadable: let fromBytes set it aside with the reason
        }
    }
}
