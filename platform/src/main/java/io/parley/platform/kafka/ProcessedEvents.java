package io.parley.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Makes a Kafka consumer idempotent: in the same transaction as the consumer's own changes, it
 * records that the event was processed. A redelivered event finds its row and is skipped, so a
 * redelivery changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /**
     * Claims the event for the consumer. Returns true the first time, false when it was already
     * processed (then the caller does nothing). Must run in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("""
                INSERT INTO parley_processed_event (consumer, event_id) VALUES (?1, ?2)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
