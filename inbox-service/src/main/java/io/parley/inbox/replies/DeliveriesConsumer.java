package io.parley.inbox.replies;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.deliveries.DeliveryReported;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the gateway's delivery reports from {@code parley.deliveries.v1}. */
@ApplicationScoped
public class DeliveriesConsumer {

    @Inject
    ReplyService replies;

    @Inject
    io.parley.inbox.moderation.ModerationService moderation;

    @Inject
    io.parley.inbox.grouped.GroupedAnswerService grouped;

    @Incoming("deliveries")
    @Blocking
    @Transactional
    public void on(byte[] value) {
        Event<Payload> event = EventJson.fromBytes(value); // unreadable -> exception -> dead letter
        if (event.data() instanceof DeliveryReported report) {
            replies.delivered(event.id(), report);
            moderation.delivered(event.id(), report); // each claims only the reports of its own actions
            grouped.delivered(event.id(), report);
        }
    }
}
