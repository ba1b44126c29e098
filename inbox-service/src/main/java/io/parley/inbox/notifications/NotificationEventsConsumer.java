package io.parley.inbox.notifications;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.platform.consumers.RecordProcessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads what notifications are made of — breaches, notes and incidents on {@code parley.inbox.v1}, approvals on
 * {@code parley.posts.v1}, channel health on {@code parley.channels.v1} — in a consumer group of its own
 * ({@code inbox-service-notifications}), so the inbox's other readers of these topics keep their offsets. Most
 * events tell nobody and leave no trace; a redelivered one finds its notifications and deliveries already there.
 */
@ApplicationScoped
public class NotificationEventsConsumer {

    static final String CONSUMER = "inbox.notifications";

    @Inject
    NotificationService notifications;

    @Inject
    RecordProcessing processing;

    @Incoming("notify-inbox")
    @Blocking
    public void onInbox(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("notify-posts")
    @Blocking
    public void onPosts(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("notify-channels")
    @Blocking
    public void onChannels(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        processing.processInTransaction(CONSUMER, record, r -> {
            Event<Payload> event = EventJson.fromBytes(r.value());
            notifications.record(event); // once per recipient and subscription: the rows are unique by event id
        });
    }
}
