package io.parley.ingest.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Judges every channel account's health on a schedule ({@code parley.ingest.health.scan-every}): writes the events
 * heard since the last scan, then notices what only time shows — a silence, a rate limit's end, a token's expiry.
 * Every replica scans; a change is written under the account's row lock and only when the state differs, so it is
 * one event whichever replica sees it first.
 */
@ApplicationScoped
public class HealthScanner {

    @Inject
    ChannelHealth health;
    @Inject
    Clock clock;

    @Scheduled(every = "${parley.ingest.health.scan-every:30s}", delayed = "${parley.ingest.health.first-delay:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        health.scan(clock.instant());
    }
}
