package io.parley.ingest.meta;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.platform.kafka.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Turns what a platform told us into {@link InteractionReceived} events and makes them durable in
 * Kafka. Returns only when every one is acknowledged, so the webhook can answer 200 truthfully.
 * Ids are derived from the platform's ids: a re-delivered webhook yields the same events.
 */
@ApplicationScoped
public class InteractionIntake {

    static final String SERVICE = "ingest-service";

    private final ChannelDirectory channels;
    private final EventPublisher publisher;
    private final MeterRegistry metrics;
    private final Clock clock;

    @Inject
    public InteractionIntake(ChannelDirectory channels, EventPublisher publisher, MeterRegistry metrics, Clock clock) {
        this.channels = channels;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Publishes the comments of a Page webhook; counts what was ignored. Returns how many were published. */
    public int accept(MetaFeedParser.Parsed parsed) throws EventPublisher.PublishFailedException {
        parsed.ignoredReasons().forEach(reason -> ignored(Platform.FACEBOOK, reason));
        Instant observed = clock.instant();
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();
        List<InteractionReceived> sent = new ArrayList<>();
        for (FeedComment comment : parsed.comments()) {
            Optional<ChannelAccount> account = channels.find(Platform.FACEBOOK, comment.pageId());
            if (account.isEmpty()) {
                ignored(Platform.FACEBOOK, "unknown-page");
                continue;
            }
            InteractionReceived interaction = toInteraction(comment);
            String brand = account.get().brand();
            Event<InteractionReceived> event = Event.of(StableIds.of("event", interaction.interactionId().toString(),
                            "add"), SERVICE, brand, threadKey(brand, interaction), interaction.platformTime() != null
                            ? interaction.platformTime() : observed, observed, interaction);
            sends.add(publisher.send(threadKey(brand, interaction), event));
            sent.add(interaction);
        }
        for (CompletableFuture<RecordMetadata> send : sends) {
            publisher.await(send);
        }
        sent.forEach(i -> metrics.counter("parley_ingest_interactions", "platform", i.platform().id(),
                "kind", i.kind().id()).increment());
        return sent.size();
    }

    static InteractionReceived toInteraction(FeedComment c) {
        return new InteractionReceived(
                StableIds.of(Platform.FACEBOOK.id(), c.pageId(), c.commentId()),
                Platform.FACEBOOK, c.pageId(), c.kind(), c.commentId(), c.postId(), c.parentId(), c.threadId(),
                new Author(c.authorId(), c.authorName(),
                        c.authorId() == null ? null : "https://www.facebook.com/" + c.authorId()),
                c.message(), "https://www.facebook.com/" + c.commentId(), c.createdTime());
    }

    static String threadKey(String brand, InteractionReceived i) {
        return brand + ":" + i.platform().id() + ":" + i.threadId();
    }

    private void ignored(Platform platform, String reason) {
        metrics.counter("parley_ingest_ignored", "platform", platform.id(), "reason", reason).increment();
    }
}
