package io.parley.platform.consumers;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which failures of a consumer are transient — the broker or the database away for a while, a lock that did not come
 * — and how long to wait before the next try. Plain Java so that a unit test pins it down.
 *
 * <p>A transient failure says nothing about the record: the consumer waits and tries the same record again, holding
 * its offset, for as long as it takes. Any other failure belongs to the record (it can never be processed) and sends
 * it to the dead-letter topic. A failure while the database does not answer counts as transient whatever its type:
 * the connection pool reports an outage in several ways, and a record is never dead-lettered because of one.
 */
public final class RetryPolicy {

    private final Duration firstDelay;
    private final Duration longestDelay;

    public RetryPolicy(Duration firstDelay, Duration longestDelay) {
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < first delay <= longest delay, got " + firstDelay + " and "
                    + longestDelay);
        }
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
    }

    /** The wait before try {@code attempt + 1} after {@code attempt} failed ones: doubling from the first, capped. */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        }
        int doublings = Math.min(attempt - 1, 30); // 2^30 × any sensible first delay is past the cap already
        long millis = firstDelay.toMillis() << doublings;
        return millis <= 0 || millis >= longestDelay.toMillis() ? longestDelay : Duration.ofMillis(millis);
    }

    /**
     * Whether the failure (or any of its causes) is one that passes by itself: Kafka's retriable errors and
     * timeouts, a connection that failed or was refused, PostgreSQL's connection, shutdown and resource errors
     * (SQLSTATE classes 08, 53, 57P), serialization failures and deadlocks (40001, 40P01), lock timeouts (55P03).
     */
    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (transientItself(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (transientItself(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean transientItself(Throwable t) {
        if (t instanceof org.apache.kafka.common.errors.RetriableException
                || t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException
                || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
            return true;
        }
        String name = t.getClass().getName();
        if (name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("org.hibernate.exception.LockAcquisitionException")
                || name.equals("org.hibernate.PessimisticLockException")
                || name.equals("jakarta.persistence.PessimisticLockException")
                || name.equals("jakarta.persistence.LockTimeoutException")) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                    || state.equals("40001") || state.equals("40P01") || state.equals("55P03");
        }
        return false;
    }
}
