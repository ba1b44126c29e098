package io.parley.platform.kafka;

import io.parley.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Claims the events for the consumer in one statement, as {@link #claim} does one by one: answers the ids
     * claimed now; the others were processed before (or appear twice in the list). Must run in the consumer's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> claimAll(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        String ids = SqlArrays.uuids(eventIds); // one array literal, unnested in SQL
        @SuppressWarnings("unchecked")
        List<Object> claimed = em.createNativeQuery("""
                INSERT INTO parley_processed_event (consumer, event_id)
                SELECT DISTINCT ?1, id FROM unnest(CAST(?2 AS uuid[])) AS id
                ON CONFLICT DO NOTHING
                RETURNING event_id""")
                .setParameter(1, consumer)
                .setParameter(2, ids)
                .getResultList();
        Set<UUID> result = new HashSet<>();
        claimed.forEach(id -> result.add(id instanceof UUID u ? u : UUID.fromString(id.toString())));
        return result;
    }
}
