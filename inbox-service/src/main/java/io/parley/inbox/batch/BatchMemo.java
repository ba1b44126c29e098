package io.parley.inbox.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one intake batch reads once. The interaction consumer applies hundreds of interactions in one
 * transaction; read for each of them, a brand's assignment rules, teams, response targets and open incidents
 * would cost a database round trip apiece, and every query would make Hibernate check all the entities the batch
 * has written so far. Inside a transaction that {@link #begin() began} a memo, such a read is made once and
 * the answer reused for the rest of the batch — the batch works with the configuration as it was when it
 * started, as if its interactions had arrived together. Outside one (every request of the API), every read
 * goes to the database as before.
 *
 * <p>The memo lives as a resource of the transaction: it ends with it, whether it commits or not.
 */
@ApplicationScoped
public class BatchMemo {

    private static final String KEY = BatchMemo.class.getName();

    @Inject
    TransactionSynchronizationRegistry registry;

    /** Starts a memo for the current transaction. */
    public void begin() {
        registry.putResource(KEY, new HashMap<String, Object>());
    }

    /** Whether the current transaction keeps a memo. */
    public boolean active() {
        return memo() != null;
    }

    /**
     * The value read once in this transaction's memo (by {@code read} the first time), or read now when the
     * transaction keeps no memo. {@code read} may answer null; that is remembered too.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> read) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return read.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = read.get();
        memo.put(key, value);
        return value;
    }

    /** Keeps a value prepared for the batch (read ahead for all of its records); ignored without a memo. */
    public void put(String key, Object value) {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.put(key, value);
        }
    }

    /** A value prepared for the batch, when the transaction keeps a memo and it was prepared. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> prepared(String key) {
        Map<String, Object> memo = memo();
        return memo == null ? Optional.empty() : Optional.ofNullable((T) memo.get(key));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> memo() {
        if (registry.getTransactionKey() == null) {
            return null;
        }
        return (Map<String, Object>) registry.getResource(KEY);
    }
}
