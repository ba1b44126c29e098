package io.parley.ingest.intake;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.kafka.KafkaSettings;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.inject.Vetoed;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The webhook's promise: 200 only once Kafka has every interaction, 503 (so the platform retries) otherwise. */
class InteractionIntakeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private static final ChannelAccount PAGE = new ChannelAccount(Platform.FACEBOOK, "1234567890", "acme",
            ChannelMode.sandbox);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @Test
    void everyInteractionIsPublishedUnderItsThreadKeyWithAStableEventId() {
        RecordingPublisher kafka = new RecordingPublisher(false);
        WebhookReceipt receipt = intake(kafka).acknowledge(new InteractionIntake.Delivery(Platform.FACEBOOK,
                List.of(heard("10_20", "10_20", InteractionKind.COMMENT), heard("10_30", "10_20", InteractionKind.REPLY)),
                List.of("feed:comment:hide")));

        assertEquals(new WebhookReceipt(2, 0, 1), receipt);
        assertEquals(List.of("acme:facebook:10_20", "acme:facebook:10_20"), kafka.keys);
        // Durable as heard; the enrichment stage publishes them on parley.interactions.v1.
        assertEquals(List.of(Topics.INTAKE, Topics.INTAKE), kafka.topics);
        Event<?> first = kafka.events.get(0);
        assertEquals(StableIds.of("event", StableIds.of("facebook", "1234567890", "10_20").toString(), "add"), first.id());
        assertEquals("acme", first.brand());
        assertEquals("acme:facebook:10_20", first.subject());
        assertEquals(Instant.ofEpochSecond(1763900000), first.time());
        assertEquals(NOW, first.observedTime());
        assertEquals(1.0, metrics.counter("parley_ingest_interactions", "platform", "facebook", "kind", "comment").count());
        assertEquals(1.0, metrics.counter("parley_ingest_interactions", "platform", "facebook", "kind", "reply").count());
        assertEquals(1.0, metrics.counter("parley_ingest_ignored", "platform", "facebook", "reason",
                "feed:comment:hide").count());
    }

    @Test
    void whenKafkaDoesNotAcknowledgeTheAnswerIs503AndNothingIsCountedAsAccepted() {
        InteractionIntake intake = intake(new RecordingPublisher(true));
        ProblemException refused = assertThrows(ProblemException.class, () -> intake.acknowledge(
                new InteractionIntake.Delivery(Platform.FACEBOOK, List.of(heard("10_20", "10_20",
                        InteractionKind.COMMENT)), List.of())));
        assertEquals(ProblemType.UNAVAILABLE, refused.type());
        assertEquals(0.0, metrics.counter("parley_ingest_interactions", "platform", "facebook", "kind", "comment").count());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        InteractionIntake intake = intake(new RecordingPublisher(false));
        assertEquals(1024 * 1024, intake.bounded(new byte[1024 * 1024]).length);
        ProblemException tooLarge = assertThrows(ProblemException.class, () -> intake.bounded(new byte[1024 * 1024 + 1]));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.type());
    }

    private InteractionIntake intake(EventPublisher kafka) {
        IngestConfig config = config(1024 * 1024);
        return new InteractionIntake(kafka, metrics, Clock.fixed(NOW, ZoneOffset.UTC), config,
                new InteractionEnricher(config),
                new io.parley.ingest.listening.ListeningRules(Clock.fixed(NOW, ZoneOffset.UTC), null)); // no listening source here
    }

    private static InteractionIntake.Heard heard(String commentId, String threadId, InteractionKind kind) {
        return new InteractionIntake.Heard(PAGE, new InteractionReceived(StableIds.of("facebook", "1234567890", commentId),
                Platform.FACEBOOK, "1234567890", kind, commentId, "1234567890_10", kind == InteractionKind.REPLY
                ? threadId : "1234567890_10", threadId, new Author("42", "Zofia", "https://www.facebook.com/42"),
                "❤", "https://www.facebook.com/" + commentId, Instant.ofEpochSecond(1763900000)));
    }

    /** Only the webhook limit matters here. */
    private static IngestConfig config(int maxWebhookBytes) {
        return (IngestConfig) Proxy.newProxyInstance(IngestConfig.class.getClassLoader(),
                new Class<?>[] {IngestConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("maxWebhookBytes")) {
                        return maxWebhookBytes;
                    }
                    if (method.getName().equals("enrichment")) { // the models are tested in their own module
                        return Proxy.newProxyInstance(IngestConfig.class.getClassLoader(),
                                new Class<?>[] {IngestConfig.EnrichmentSettings.class}, (p, m, a) -> {
                                    if (m.getName().equals("enabled")) {
                                        return false;
                                    }
                                    throw new UnsupportedOperationException(m.getName());
                                });
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Kafka as the intake sees it: acknowledges (and remembers) every record, or refuses them all.
     * Vetoed: it inherits EventPublisher's scope, and the @QuarkusTests of this module must not see it.
     */
    @Vetoed
    private static final class RecordingPublisher extends EventPublisher {
        final List<String> keys = new ArrayList<>();
        final List<Event<?>> events = new ArrayList<>();
        private final boolean refuse;

        RecordingPublisher(boolean refuse) {
            super(new KafkaSettings() {
                @Override
                public String bootstrapServers() {
                    return "unused:9092";
                }

                @Override
                public Duration publishTimeout() {
                    return Duration.ofSeconds(1);
                }

                @Override
                public int lingerMs() {
                    return 0;
                }
            });
            this.refuse = refuse;
        }

        final List<String> topics = new ArrayList<>();

        @Override
        public CompletableFuture<RecordMetadata> send(String topic, String key, Event<?> event) {
            topics.add(topic);
            if (refuse) {
                return CompletableFuture.failedFuture(new TimeoutException("broker not available"));
            }
            keys.add(key);
            events.add(event);
            return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition(topic, 0), 0, 0,
                    NOW.toEpochMilli(), key.length(), 1));
        }
    }
}
