package io.parley.platform.outbox;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox. A feature that changes its tables and emits an event calls
 * {@link #add} inside the same transaction: the event row commits with the change or not at all,
 * and {@link OutboxRelay} publishes it to Kafka after the commit. So a change without its event,
 * or an event without its change, cannot happen.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Records the event for publication under the given record key. Must run in a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String key, Event<?> event) {
        em.createNativeQuery("""
                INSERT INTO parley_outbox (event_id, topic, record_key, event_type, payload)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, event.id())
                .setParameter(2, event.topic())
                .setParameter(3, key)
                .setParameter(4, event.type())
                .setParameter(5, EventJson.toBytes(event))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
