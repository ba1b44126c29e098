package io.parley.console.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Deletes expired sessions now and then. Every replica runs it; nothing needs claiming: a row two replicas
 * delete at once is deleted once, and a read never returns an expired session whether or not it is still there.
 */
@ApplicationScoped
public class SessionCleanup {

    private static final Logger LOG = Logger.getLogger(SessionCleanup.class);

    @Inject
    SessionStore store;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${parley.console.session.cleanup-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() {
        try {
            int removed = store.removeExpired(clock.instant());
            if (removed > 0) {
                LOG.debugf("removed %d expired session(s)", removed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("expired sessions not removed, the next pass retries: %s", e.getMessage());
        }
    }
}
