package io.parley.inbox.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.inbox.batch.BatchFlushed;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.conversations.ConversationIntake;
import io.parley.inbox.conversations.InteractionHistory;
import io.parley.inbox.ownership.Assignments;
import io.parley.inbox.search.SearchIndex;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@code parley.interactions.v1} into conversations in batches (up to {@code max.poll.records}, 500): a
 * batch is applied in one transaction and a handful of round trips (see {@link #applyBatch} and ADR 7), so the
 * writes of hundreds of interactions share one commit and the inbox keeps up with the gateway. Offsets are committed
 * after the batch is done, so a crash replays it, and what was applied already changes nothing: an interaction that is
 * stored is recognised by its id, a change by its event id (claimed in {@link ProcessedEvents}).
 *
 * <p>Bad records lose nothing else: an unreadable record is set aside on the dead-letter topic before the
 * batch is applied; when a batch fails for a reason of its records, its records are applied again one transaction
 * each, so the good ones land and the one that fails is set aside with the reason. While the database (or the
 * broker) is away, nothing is set aside and the channel does not stop: the batch is tried again with back-off,
 * its offsets held, until it lands ({@link RecordProcessing}).
 */
@ApplicationScoped
public class InteractionsConsumer {

    static final String CONSUMER = "inbox.interactions";

    @Inject
    ConversationIntake conversations;

    @Inject
    ProcessedEvents processed;

    @Inject
    InteractionHistory history;

    @Inject
    RecordProcessing processing;

    @Inject
    EntityManager em;

    @Inject
    BatchMemo memo;

    @Inject
    Outbox outbox;

    @Inject
    SearchIndex search;

    @Inject
    MeterRegistry metrics;

    @Inject
    Assignments assignments;

    @Inject
    jakarta.enterprise.event.Event<BatchFlushed> flushed;

    private Timer batches;

    @jakarta.annotation.PostConstruct
    void meters() {
        batches = Timer.builder("parley_inbox_interactions_batch")
                .description("Time to apply one batch read from parley.interactions.v1").register(metrics);
    }

    private record Readable(ConsumerRecord<String, byte[]> record, Event<Payload> event) {
    }

    @Incoming("interactions")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        Timer.Sample sample = Timer.start(metrics);
        List<Readable> readable = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(new Readable(record, EventJson.fromBytes(record.value())));
            } catch (RuntimeException unreadable) {
                processing.setAside(CONSUMER, record, unreadable);
            }
        }
        // The batch in one transaction; if it fails for a reason of its records, they go one by one.
        processing.processBatchInTransaction(CONSUMER, readable.stream().map(Readable::record).toList(),
                () -> applyBatch(readable), r -> apply(EventJson.fromBytes(r.value())))
                .ifPresent(assignments::saveTurns);
        metrics.counter("parley_inbox_interactions_consumed").increment(records.count());
        sample.stop(batches);
    }

    /**
     * The batch in one transaction, in a handful of round trips: the events are claimed in one statement; what
     * the interactions need from the database (stored already? their conversations, locked; changes waiting for
     * them) is read ahead in three; the brand's rules, teams, targets and open incidents are read once
     * ({@link BatchMemo}); applying each interaction then asks the database nothing, so Hibernate keeps every
     * write for one flush at the end, sent in JDBC batches, and the outbox events and search lexemes follow in
     * one batch each.
     */
    private Map<UUID, String> applyBatch(List<Readable> batch) {
        memo.begin();
        outbox.buffer();
        List<UUID> changes = new ArrayList<>();
        List<ConversationIntake.Arrival> arrivals = new ArrayList<>();
        for (Readable r : batch) {
            Event<Payload> event = r.event();
            if (event.data() instanceof InteractionReceived received && received.kind() != InteractionKind.REACTION) {
                arrivals.add(new ConversationIntake.Arrival(event.brand(), received));
            } else if (event.data() instanceof InteractionChanged) {
                changes.add(event.id());
            }
        }
        // Only the changes are claimed: an interaction is its own proof of having been applied (recording one that
        // is stored already changes nothing), so claiming its event too wrote a row per interaction for nothing.
        Set<UUID> claimed = processed.claimAll(CONSUMER, changes);
        conversations.prepare(arrivals);
        for (Readable r : batch) { // in the order they came: a change before its interaction waits for it
            Event<Payload> event = r.event();
            if (event.data() instanceof InteractionReceived received && received.kind() != InteractionKind.REACTION) {
                conversations.record(event.brand(), received, event.observedTime());
            } else if (event.data() instanceof InteractionChanged changed && claimed.remove(event.id())) {
                history.change(event.id(), changed, event.observedTime());
            } // else a reaction, another type, a redelivered change or the same change twice in the batch
        }
        em.flush();
        search.writeGathered();
        flushed.fire(new BatchFlushed()); // e.g. advocates counted for the whole batch at once
        outbox.writeBuffered();
        return assignments.turnsTaken(); // saved once the batch has committed (Assignments#turnsTaken)
    }

    /** One event in a transaction of its own (when its batch failed): the plain path, no read-ahead. */
    private void apply(Event<Payload> event) {
        if (event.data() instanceof InteractionReceived received) {
            if (received.kind() == InteractionKind.REACTION) {
                return; // a like asks for no answer: reactions count in analytics, not in the queue
            }
            conversations.record(event.brand(), received, event.observedTime()); // stored already: no change
        } else if (event.data() instanceof InteractionChanged changed) {
            if (processed.claim(CONSUMER, event.id())) {
                history.change(event.id(), changed, event.observedTime());
            }
        }
        // other types on the topic are not the inbox's
    }
}
