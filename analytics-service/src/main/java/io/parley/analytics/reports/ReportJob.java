package io.parley.analytics.reports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every {@code parley.analytics.reports.scan-every}, delivers the schedules whose period has ended: one at a time,
 * each claimed in its own transaction ({@link Deliveries#deliverOneDue}), at most a batch per pass. Replicas run it
 * side by side; {@code SKIP LOCKED} gives each due schedule to one of them. A schedule whose pack cannot be built is
 * postponed by {@code retry-after} and the pass goes on with the next, so one bad schedule holds up no other.
 */
@ApplicationScoped
public class ReportJob {

    private static final Logger LOG = Logger.getLogger(ReportJob.class);

    @Inject
    Deliveries deliveries;

    @Inject
    ReportsConfig config;

    @Scheduled(every = "${parley.analytics.reports.scan-every:PT1M}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pass() {
        int delivered = 0;
        try {
            for (int tried = 0; tried < config.batch(); tried++) {
                try {
                    if (!deliveries.deliverOneDue()) {
                        break;
                    }
                    delivered++;
                } catch (Deliveries.Postponed p) {
                    LOG.errorf(p.getCause(), "the report of schedule %s could not be built (tried again in %s): %s",
                            p.schedule(), config.retryAfter(), p.getCause().getMessage());
                    deliveries.postpone(p.schedule());
                }
            }
        } catch (RuntimeException e) {
            // The database away: the schedule stays due and the next pass tries again.
            LOG.warnf("report schedules could not be delivered now: %s", e.getMessage());
        }
        if (delivered > 0) {
            LOG.infof("delivered %d scheduled report(s)", delivered);
        }
    }
}
