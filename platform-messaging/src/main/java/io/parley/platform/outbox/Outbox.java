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
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

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

    private static final String BUFFER = Outbox.class.getName() + ".buffer";
    private static final String INSERT = """
            INSERT INTO parley_outbox (event_id, topic, record_key, event_type, payload)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    private record Row(String key, Event<?> event) {
    }

    /** Records the event for publication under the given record key. Must run in a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String key, Event<?> event) {
        @SuppressWarnings("unchecked")
        List<Row> buffer = (List<Row>) transactions.getResource(BUFFER);
        if (buffer != null) {
            buffer.add(new Row(key, event));
            return;
        }
        write(List.of(new Row(key, event)));
        wakeRelayAfterCommit();
    }

    /**
     * From now on in this transaction, {@link #add} keeps its events until {@link #writeBuffered}, which writes
     * them all in one round trip (a JDBC batch): for a consumer that applies hundreds of events in one
     * transaction. The transaction cannot commit with events still kept: it rolls back instead, so an event
     * is never lost.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void buffer() {
        if (transactions.getResource(BUFFER) != null) {
            return;
        }
        List<Row> buffer = new ArrayList<>();
        transactions.putResource(BUFFER, buffer);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (!buffer.isEmpty()) {
                    throw new IllegalStateException(buffer.size() + " outbox events were kept and never written: "
                            + "call Outbox.writeBuffered() before the transaction ends");
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    /** Writes the events kept since {@link #buffer} in one JDBC batch, in the order they were added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeBuffered() {
        @SuppressWarnings("unchecked")
        List<Row> buffer = (List<Row>) transactions.getResource(BUFFER);
        if (buffer == null || buffer.isEmpty()) {
            return;
        }
        write(buffer);
        buffer.clear();
        wakeRelayAfterCommit();
    }

    private void write(List<Row> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    insert.setObject(1, row.event().id());
                    insert.setString(2, row.event().topic());
                    insert.setString(3, row.key());
                    insert.setString(4, row.event().type());
                    insert.setBytes(5, EventJson.toBytes(row.event()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private void wakeRelayAfterCommit() {
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
