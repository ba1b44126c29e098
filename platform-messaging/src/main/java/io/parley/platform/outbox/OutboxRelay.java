package io.parley.platform.outbox;

import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.time.Periodic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves committed outbox rows to Kafka, in commit order, and deletes each row once the broker
 * has acknowledged it. Runs on one thread: woken right after a commit that added events, and
 * on a sweep interval for anything left behind. Several replicas of a service relay one at a time:
 * each pass first takes a transaction-scoped advisory lock of the service's database
 * ({@link #RELAY_LOCK}) and waits for another replica's pass to end. Row locks alone
 * ({@code SKIP LOCKED}) would send no row twice at once, but a replica taking the next rows while
 * another still sends the earlier ones could publish a conversation's second event before its
 * first. Delivery is at-least-once, and consumers de-duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    @Inject
    EventPublisher publisher;

    @Inject
    OutboxSettings settings;

    /** The advisory lock that one relay pass of a service holds until its transaction ends (any 64-bit key). */
    static final long RELAY_LOCK = 0x7061726c65794f42L; // "parleyOB"

    private final AtomicBoolean pending = new AtomicBoolean();
    private Periodic periodic;

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-outbox-relay", settings.sweepInterval(), this::relaySafely);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    /** Asks for a relay pass soon; cheap and safe to call from any thread. */
    void wake() {
        if (periodic != null && pending.compareAndSet(false, true)) {
            periodic.execute(() -> {
                pending.set(false);
                relaySafely();
            });
        }
    }

    /** Relays until the outbox is empty; returns how many events were published. Visible for tests. */
    public int relayAll() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == settings.batchSize());
        return total;
    }

    private void relaySafely() {
        try {
            relayAll();
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Waits while another replica relays; released with this transaction.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK).getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT seq, topic, record_key, event_id, event_type, payload
                    FROM parley_outbox ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, settings.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                sends.add(publisher.send((String) row[1], (String) row[2], row[3].toString(), (String) row[4],
                        (byte[]) row[5]));
            }
            List<Long> done = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                long seq = ((Number) rows.get(i)[0]).longValue();
                try {
                    publisher.await(sends.get(i));
                    done.add(seq);
                } catch (EventPublisher.PublishFailedException e) {
                    // Keep order: stop at the first failure; later rows wait for the next pass.
                    em.createNativeQuery("UPDATE parley_outbox SET attempts = attempts + 1, last_error = ?1 "
                            + "WHERE seq = ?2").setParameter(1, e.getMessage()).setParameter(2, seq).executeUpdate();
                    LOG.warnf("outbox event %s not yet published: %s", rows.get(i)[3], e.getMessage());
                    break;
                }
            }
            if (!done.isEmpty()) {
                em.createNativeQuery("DELETE FROM parley_outbox WHERE seq = ANY(?1)")
                        .setParameter(1, done.toArray(new Long[0]))
                        .executeUpdate();
            }
            return done.size() == rows.size() ? rows.size() : 0;
        });
    }
}
