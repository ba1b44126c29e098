package io.parley.platform.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A pass run again and again on a daemon thread of its own, a fixed delay after the previous pass ended: the one way
 * the services run their scanners (deadlines, away agents, approval reminders, scheduled posts, the outbox relay).
 * Quarkus' simple scheduler runs jobs at most once a second; these passes run more often in the tests and must never
 * overlap. Start one on {@code StartupEvent}, {@link #close} it on {@code ShutdownEvent}. The pass itself catches and
 * logs its failures: an exception that escaped would end the repetition.
 */
public final class Periodic implements AutoCloseable {

    private final ScheduledExecutorService executor;

    private Periodic(String threadName) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code pass} every {@code every} (first after one interval) on a thread named {@code threadName}. */
    public static Periodic every(String threadName, Duration every, Runnable pass) {
        Periodic periodic = new Periodic(threadName);
        long millis = Math.max(1, every.toMillis());
        periodic.executor.scheduleWithFixedDelay(pass, millis, millis, TimeUnit.MILLISECONDS);
        return periodic;
    }

    /** Runs {@code work} soon on the same thread, between passes (a pass asked for ahead of its time). */
    public void execute(Runnable work) {
        executor.execute(work);
    }

    /** Stops the repetition and waits up to five seconds for a pass under way to end. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
