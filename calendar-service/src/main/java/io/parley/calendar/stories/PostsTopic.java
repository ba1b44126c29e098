package io.parley.calendar.stories;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Announces what happens to stories on {@code parley.posts.v1} (key: story id), in the caller's transaction. */
@ApplicationScoped
public class PostsTopic {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String brand, UUID storyId, Payload payload, Instant at) {
        outbox.add(storyId.toString(), Event.of(UUID.randomUUID(), "calendar-service", brand, storyId.toString(), at,
                at, payload));
    }
}
