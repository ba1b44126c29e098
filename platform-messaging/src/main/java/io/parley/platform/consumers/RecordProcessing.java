package io.parley.platform.consumers;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How every Kafka consumer processes what it reads, one way for all of them (ARCHITECTURE 'Events'):
 * <ul>
 * <li>a <b>transient</b> failure (the broker or the database away, a lock that did not come; see
 * {@link RetryPolicy}) is waited out: the same work is tried again after a doubling back-off, for as long as it
 * takes, on the consumer's own thread — so the record is not acknowledged, its offset is held, and the consumer
 * resumes by itself once the outage is over. Nothing is dead-lettered and the channel never stops;</li>
 * <li>any other failure belongs to the record, which can never be processed: it goes to the dead-letter topic
 * ({@link DeadLetters}: counted, alerted on, replayable), and the consumer moves on.</li>
 * </ul>
 * A consumer that waits longer than {@code parley.consumers.unready-after} shows in readiness
 * ({@link ConsumersReadiness}); liveness is never affected, so a pod is not restarted for a database outage.
 */
@ApplicationScoped
public class RecordProcessing {

    private static final Logger LOG = Logger.getLogger(RecordProcessing.class);

    /** Work on a record (or a batch) that may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Work on one record. */
    @FunctionalInterface
    public interface RecordWork {
        void process(ConsumerRecord<String, byte[]> record) throws Exception;
    }

    /** A consumer waiting out a failure: since when, after how many tries, and the last reason. */
    public record Waiting(Instant since, int attempts, String reason) {
    }

    private final ConsumerSettings settings;
    private final RetryPolicy policy;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;
    private final Instance<DataSource> dataSources;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final String service;
    private volatile boolean stopping;

    /** {@code dataSources} may be null outside CDI (a unit test of a consumer without a database). */
    @Inject
    public RecordProcessing(ConsumerSettings settings, DeadLetters deadLetters, MeterRegistry metrics,
            Instance<DataSource> dataSources,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.application.name") String service) {
        this.settings = settings;
        this.policy = new RetryPolicy(settings.firstRetryDelay(), settings.longestRetryDelay());
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.dataSources = dataSources;
        this.service = service;
    }

    /**
     * Processes one record: transient failures are retried until the work succeeds; a record that can never be
     * processed is dead-lettered. Returns normally in both cases, so the connector acknowledges the record.
     */
    public void process(String consumer, ConsumerRecord<String, byte[]> record, RecordWork work) {
        try {
            untilDone(consumer, () -> {
                work.process(record);
                return null;
            });
        } catch (RecordFailedException failed) {
            setAside(consumer, record, failed.getCause());
        }
    }

    /** {@link #process} with the work in a transaction of its own, tried again as a whole. */
    public void processInTransaction(String consumer, ConsumerRecord<String, byte[]> record, RecordWork work) {
        process(consumer, record, r -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                work.process(r);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }));
    }

    /**
     * A batch of records (a channel with {@code batch=true}) with the same work per record as
     * {@link #processInTransaction}, but all of them in one transaction: one commit for hundreds of records
     * instead of one each, which is most of the cost of a consumer whose work is a few statements. Transient
     * failures are waited out for the whole batch. When the batch fails for a reason of one of its records, it
     * is rolled back and its records are processed again one transaction each, so the good ones land and only
     * the one that fails is set aside — the same outcome as one by one.
     */
    public void processBatchInTransaction(String consumer, ConsumerRecords<String, byte[]> records, RecordWork work) {
        processBatchInTransaction(consumer, records, () -> {
            for (ConsumerRecord<String, byte[]> record : records) {
                work.process(record);
            }
            return Boolean.TRUE;
        }, work);
    }

    /**
     * A batch whose work is the batch's own (reads ahead for all its records, one flush), in one transaction,
     * transient failures waited out. When it fails for a reason of its records, it is rolled back and each record
     * gets {@code oneByOne} in a transaction of its own, and only the one that fails is set aside. Returns the
     * batch work's answer, or empty when the records went one by one (or there were none).
     */
    public <T> Optional<T> processBatchInTransaction(String consumer, Iterable<ConsumerRecord<String, byte[]>> records,
            Work<T> batch, RecordWork oneByOne) {
        if (!records.iterator().hasNext()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(untilDone(consumer, () -> QuarkusTransaction.requiringNew().call(batch::run)));
        } catch (RecordFailedException batchFailed) {
            LOG.warnf("%s: a batch failed (%s); processing its records one by one", consumer,
                    batchFailed.getMessage());
            for (ConsumerRecord<String, byte[]> record : records) {
                processInTransaction(consumer, record, oneByOne);
            }
            return Optional.empty();
        }
    }

    /**
     * Runs the work until it succeeds, waiting out transient failures; a failure that is not transient is thrown
     * as {@link RecordFailedException} (its cause the original), for the caller to decide which records to set
     * aside — a batch consumer tries its records one by one then.
     */
    public <T> T untilDone(String consumer, Work<T> work) {
        int attempts = 0;
        try {
            while (true) {
                try {
                    return work.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConsumerStoppedException(consumer, e);
                } catch (ConsumerStoppedException | RecordFailedException e) {
                    throw e;
                } catch (Exception e) {
                    if (stopping) {
                        throw new ConsumerStoppedException(consumer, e);
                    }
                    if (!RetryPolicy.isTransient(e) && databaseAnswers()) {
                        throw new RecordFailedException(e);
                    }
                    attempts++;
                    waitBeforeRetry(consumer, attempts, e);
                }
            }
        } finally {
            if (attempts > 0 && waiting.remove(consumer) != null) {
                LOG.infof("%s resumed after %d failed tries", consumer, attempts);
            }
        }
    }

    /** Sets a record aside on the dead-letter topic, waiting out a broker outage to do so. */
    public void setAside(String consumer, ConsumerRecord<String, byte[]> record, Throwable why) {
        try {
            untilDone(consumer, () -> deadLetters.send(consumer, record, why));
        } catch (RecordFailedException cannot) {
            // The dead-letter topic refuses the record itself: stop here rather than lose it.
            throw new IllegalStateException(consumer + " can neither process nor dead-letter " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + cannot.getCause().getMessage(), cannot);
        }
    }

    /** The consumers now waiting out a failure. */
    public Map<String, Waiting> waiting() {
        return Map.copyOf(waiting);
    }

    Duration unreadyAfter() {
        return settings.unreadyAfter();
    }

    private void waitBeforeRetry(String consumer, int attempts, Exception e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        Waiting before = waiting.get(consumer);
        waiting.put(consumer, new Waiting(before == null ? Instant.now() : before.since(), attempts, reason));
        metrics.counter("parley_consumer_retries", "service", service, "consumer", consumer).increment();
        Duration delay = policy.delay(attempts);
        // The first failure with its stack, then a line now and then: an outage of minutes must not flood the log.
        if (attempts == 1) {
            LOG.warnf(e, "%s waits out a transient failure and tries again (offset held): %s", consumer, reason);
        } else if (Integer.bitCount(attempts) == 1 || attempts % 20 == 0) {
            LOG.warnf("%s still waiting (try %d, next in %d ms): %s", consumer, attempts, delay.toMillis(), reason);
        }
        long until = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toNanos(); left > 0 && !stopping; left = until - System.nanoTime()) {
                Thread.sleep(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 200)));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConsumerStoppedException(consumer, interrupted);
        }
        if (stopping) {
            throw new ConsumerStoppedException(consumer, e);
        }
    }

    /** Whether the service's database answers now (true when the service has none). */
    private boolean databaseAnswers() {
        if (dataSources == null || !dataSources.isResolvable()) {
            return true;
        }
        try (Connection c = dataSources.get().getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    void stopping(@Observes @Priority(1) ShutdownEvent ignored) {
        stopping = true;
    }

    /** The work failed for a reason that lies in the record: it can never be processed. */
    public static final class RecordFailedException extends RuntimeException {
        RecordFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The service is shutting down while a consumer waited: the record stays unacknowledged, read again later. */
    public static final class ConsumerStoppedException extends RuntimeException {
        ConsumerStoppedException(String consumer, Throwable cause) {
            super(consumer + " stopped while waiting out a failure: the record will be read again", cause);
        }
    }
}
