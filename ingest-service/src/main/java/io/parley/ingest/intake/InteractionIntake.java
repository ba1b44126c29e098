package io.parley.ingest.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import org.jboss.logging.Logger;
import io.parley.platform.kafka.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Makes what the platforms told us durable in Kafka as {@link InteractionReceived} events, and
 * counts what was deliberately left out. Returns only when every event is acknowledged, so a
 * webhook can answer 200 truthfully. Event ids derive from the interaction id and its version:
 * a platform's re-delivery yields the same event.
 */
@ApplicationScoped
public class InteractionIntake {

    static final String SERVICE = "ingest-service";

    private static final Logger LOG = Logger.getLogger(InteractionIntake.class);

    private final EventPublisher publisher;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final IngestConfig config;
    private final InteractionEnricher enricher;
    private final io.parley.ingest.listening.ListeningRules listening;
    /** When each account last heard something (channel health). */
    @Inject
    io.parley.ingest.health.EventArrivals arrivals;

    @Inject
    public InteractionIntake(EventPublisher publisher, MeterRegistry metrics, Clock clock, IngestConfig config,
            InteractionEnricher enricher, io.parley.ingest.listening.ListeningRules listening) {
        this.listening = listening;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
        this.enricher = enricher;
    }

    /** The webhook body, or 413 when it is over the limit. */
    public byte[] bounded(byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > config.maxWebhookBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the body has " + raw.length
                    + " bytes; at most " + config.maxWebhookBytes() + " are accepted");
        }
        return raw;
    }

    /**
     * Publishes a webhook delivery and says what was done, or answers 503 so that the platform
     * retries when Kafka did not take it.
     */
    public WebhookReceipt acknowledge(Delivery delivery) {
        try {
            int accepted = accept(delivery);
            return new WebhookReceipt(accepted, delivery.changed().size(),
                    delivery.ignored().size() + delivery.heard().size() - accepted, delivery.malformed());
        } catch (EventPublisher.PublishFailedException e) {
            LOG.warnf("%s webhook not acknowledged, Kafka unavailable: %s", delivery.platform().id(), e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "the interactions could not be stored; retry later");
        }
    }

    /**
     * An entry of a batched delivery left out because a field has the wrong type: counted in
     * {@code parley_ingest_ignored_total} under {@code malformed:<field path without indices>} (a bounded set of
     * names), and named in the receipt with its full path.
     */
    public static void leaveOut(MalformedWebhookException e, List<String> ignored, List<Problem.FieldError> malformed) {
        String field = e.field() == null ? "body" : e.field();
        ignored.add("malformed:" + field.replaceAll("\\[\\d+]", ""));
        malformed.add(new Problem.FieldError(field, e.reason()));
    }

    /** One interaction heard on one of a brand's channel accounts. */
    public record Heard(ChannelAccount account, InteractionReceived interaction) {
    }

    /** A change to an interaction heard earlier (an edit, a hide, a delete) on one of a brand's accounts. */
    public record Changed(ChannelAccount account, InteractionChanged change) {
    }

    /**
     * What a webhook delivery held: interactions to publish, changes to earlier ones, and reasons for
     * what was left out.
     */
    public record Delivery(Platform platform, List<Heard> heard, List<Changed> changed, List<String> ignored,
            List<Problem.FieldError> malformed) {

        public Delivery(Platform platform, List<Heard> heard, List<Changed> changed, List<String> ignored) {
            this(platform, heard, changed, ignored, List.of());
        }

        public Delivery(Platform platform, List<Heard> heard, List<String> ignored) {
            this(platform, heard, List.of(), ignored);
        }

        public int size() {
            return heard.size() + changed.size();
        }
    }

    /**
     * Publishes and waits for Kafka's acknowledgement of every interaction. Returns how many.
     *
     * <p>Interactions go to {@link Topics#INTAKE} as heard; the {@link EnrichmentStage} adds their signals and
     * publishes them on {@link Topics#INTERACTIONS} under the same event id, so the webhook's answer does not wait
     * for the language and classification models (ADR 6). Items of a listening source are the exception: whether
     * one is a mention at all depends on its language and the brand's rules, and the answer says so, so they are
     * enriched and matched here and go straight to {@link Topics#INTERACTIONS}.
     */
    public int accept(Delivery delivery) throws EventPublisher.PublishFailedException {
        return send(delivery).await();
    }

    /**
     * Hands every event of the delivery to the producer and returns without waiting: {@link Sent#await} waits for
     * Kafka's acknowledgements. A bulk import sends its next batch while the broker acknowledges this one; nothing
     * counts as durable, and no metric moves, before {@code await} returned.
     */
    public Sent send(Delivery delivery) {
        delivery.ignored().forEach(reason -> metrics.counter("parley_ingest_ignored",
                "platform", delivery.platform().id(), "reason", reason).increment());
        Instant observed = clock.instant();
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(delivery.size());
        List<String> ignoredHere = new ArrayList<>();
        List<InteractionReceived> accepted = new ArrayList<>(delivery.heard().size());
        for (Heard h : delivery.heard()) {
            InteractionReceived i = h.interaction();
            boolean listeningSource = h.account().setting("listening").map("true"::equals).orElse(false);
            if (listeningSource) {
                i = enricher.enrich(i);
                List<String> matched = listening.matching(h.account().brand(), i.text(),
                        i.signals() != null ? i.signals().language() : "und", i.platform());
                if (matched.isEmpty()) {
                    ignoredHere.add("listening:no-match");
                    continue;
                }
                i = i.asMention(i.signals() != null ? i.signals().matching(matched) : null);
            }
            String brand = h.account().brand();
            String key = keyOf(brand, i);
            Event<InteractionReceived> event = eventOf(brand, key, i, observed);
            sends.add(listeningSource ? publisher.send(key, event) : publisher.send(Topics.INTAKE, key, event));
            accepted.add(i);
        }
        for (Changed c : delivery.changed()) {
            InteractionChanged change = c.change();
            String brand = c.account().brand();
            String key = brand + ":" + change.platform().id() + ":"
                    + (change.threadId() != null ? change.threadId() : change.platformObjectId());
            String version = change.platformTime() != null ? change.platformTime().toString()
                    : Integer.toHexString(java.util.Objects.hashCode(change.text()));
            sends.add(publisher.send(key, Event.of(StableIds.of("event", change.interactionId().toString(),
                    change.change().id(), version), SERVICE, brand, key,
                    change.platformTime() != null ? change.platformTime() : observed, observed, change)));
        }
        return new Sent(delivery, observed, sends, ignoredHere, accepted);
    }

    /** A delivery handed to the producer: {@link #await} it before saying it is durable. */
    public final class Sent {
        private final Delivery delivery;
        private final Instant observed;
        private final List<CompletableFuture<RecordMetadata>> sends;
        private final List<String> ignoredHere;
        private final List<InteractionReceived> accepted;

        private Sent(Delivery delivery, Instant observed, List<CompletableFuture<RecordMetadata>> sends,
                List<String> ignoredHere, List<InteractionReceived> accepted) {
            this.delivery = delivery;
            this.observed = observed;
            this.sends = sends;
            this.ignoredHere = ignoredHere;
            this.accepted = accepted;
        }

        /** Items the delivery held (interactions and changes). */
        public int size() {
            return delivery.size();
        }

        /** Waits for Kafka's acknowledgement of every event, then counts them; returns the interactions accepted. */
        public int await() throws EventPublisher.PublishFailedException {
            for (CompletableFuture<RecordMetadata> send : sends) {
                publisher.await(send);
            }
            heard(delivery, observed);
            count(delivery.changed(), c -> List.of("platform", c.change().platform().id(), "change",
                    c.change().change().id()), "parley_ingest_changes");
            ignoredHere.forEach(reason -> metrics.counter("parley_ingest_ignored",
                    "platform", delivery.platform().id(), "reason", reason).increment());
            count(accepted, i -> List.of("platform", i.platform().id(), "kind", i.kind().id()),
                    "parley_ingest_interactions");
            return accepted.size();
        }
    }

    /** Increments a counter once per distinct set of tags, by how many items carry them (a registry look-up each). */
    private <T> void count(List<T> items, java.util.function.Function<T, List<String>> tags, String name) {
        if (items.isEmpty()) {
            return;
        }
        java.util.Map<List<String>, Integer> byTags = new java.util.HashMap<>();
        for (T item : items) {
            byTags.merge(tags.apply(item), 1, Integer::sum);
        }
        byTags.forEach((t, n) -> metrics.counter(name, t.toArray(String[]::new)).increment(n));
    }

    /** Each account that heard something in this delivery heard it now: for its health's usual gap. */
    private void heard(Delivery delivery, Instant observed) {
        if (arrivals == null) {
            return; // constructed by hand in unit tests
        }
        java.util.Set<java.util.UUID> accounts = new java.util.HashSet<>();
        delivery.heard().forEach(h -> accounts.add(h.account().id()));
        delivery.changed().forEach(c -> accounts.add(c.account().id()));
        accounts.forEach(id -> arrivals.heard(id, observed));
    }

    /** Kafka key of an interaction: its brand's thread, so that a thread stays in order. */
    static String keyOf(String brand, InteractionReceived i) {
        return brand + ":" + i.platform().id() + ":" + i.threadId();
    }

    /** The event of an interaction; its id depends only on the interaction, so a re-delivery is the same event. */
    static Event<InteractionReceived> eventOf(String brand, String key, InteractionReceived i, Instant observed) {
        return Event.of(StableIds.of("event", i.interactionId().toString(), "add"), SERVICE, brand, key,
                i.platformTime() != null ? i.platformTime() : observed, observed, i);
    }
}
