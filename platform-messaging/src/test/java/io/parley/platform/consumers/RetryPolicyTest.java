package io.parley.platform.consumers;

import io.parley.platform.kafka.EventPublisher;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures a consumer waits out, and how long it waits. */
class RetryPolicyTest {

    @Test
    void theWaitDoublesFromTheFirstDelayUpToTheLongest() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertEquals(Duration.ofMillis(200), policy.delay(1));
        assertEquals(Duration.ofMillis(400), policy.delay(2));
        assertEquals(Duration.ofMillis(3200), policy.delay(5));
        assertEquals(Duration.ofSeconds(5), policy.delay(6));
        assertEquals(Duration.ofSeconds(5), policy.delay(1_000_000), "an outage of days still waits 5 s a try");
        assertThrows(IllegalArgumentException.class, () -> policy.delay(0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void aBrokerOutageIsTransient() {
        // What the enrichment stage saw in the drill: the producer expired its batch while the broker was away.
        var expired = new TimeoutException("Expiring 2 record(s) for parley.interactions.v1-1:10001 ms has passed "
                + "since batch creation");
        assertTrue(RetryPolicy.isTransient(new EventPublisher.PublishFailedException("Kafka refused the record: "
                + expired.getMessage(), expired)));
        assertTrue(RetryPolicy.isTransient(new EventPublisher.PublishFailedException("Kafka did not acknowledge "
                + "within PT10S", new java.util.concurrent.TimeoutException())));
        assertTrue(RetryPolicy.isTransient(new NotLeaderOrFollowerException("leader moved")));
    }

    @Test
    void aDatabaseOutageIsTransient() {
        // What the inbox saw while PostgreSQL restarted: 57P03 cannot_connect_now.
        var starting = new SQLException("FATAL: the database system is not yet accepting connections", "57P03");
        assertTrue(RetryPolicy.isTransient(new RuntimeException("could not apply the batch",
                new IllegalStateException("wrapped", starting))));
        assertTrue(RetryPolicy.isTransient(new SQLException("Connection refused", "08001")));
        assertTrue(RetryPolicy.isTransient(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(RetryPolicy.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(RetryPolicy.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        RuntimeException suppressedOnly = new RuntimeException("rollback failed");
        suppressedOnly.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(RetryPolicy.isTransient(suppressedOnly));
    }

    @Test
    void aRecordThatCanNeverBeProcessedIsNotTransient() {
        assertFalse(RetryPolicy.isTransient(new IllegalArgumentException("not an event: unexpected character")));
        assertFalse(RetryPolicy.isTransient(new SQLException("value too long for type character varying(40)",
                "22001")));
        assertFalse(RetryPolicy.isTransient(new SQLException("duplicate key value violates unique constraint",
                "23505")));
        assertFalse(RetryPolicy.isTransient(new EventPublisher.PublishFailedException("Kafka refused the record",
                new RecordTooLargeException("the record is 3 MB"))));
        RuntimeException loop = new RuntimeException("a cause that is itself");
        loop.initCause(new IllegalStateException("inner", null));
        assertFalse(RetryPolicy.isTransient(loop));
    }
}
