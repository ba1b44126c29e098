package io.parley.analytics.care;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes the monthly care rollup ({@code care_month}, migration V52) once a month has closed: every
 * {@code parley.analytics.care.months-every}, each month {@code care_month_due()} names — a closed month with days but
 * no build yet, or one a late fact change marked stale — is built from {@code care_day} by {@code care_month_build},
 * one brand's month per transaction. Building again from the same days gives the same rows, so a pass that fails half
 * way, or two replicas' passes, leave nothing wrong (the function takes an advisory lock per month). Until a month is
 * built, and while it is stale, the figures read its days from {@code care_day} ({@link CareFigures}).
 */
@ApplicationScoped
public class CareMonths {

    private static final Logger LOG = Logger.getLogger(CareMonths.class);

    @Inject
    EntityManager em;

    @Scheduled(every = "${parley.analytics.care.months-every:PT10M}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pass() {
        try {
            int built = buildDue();
            if (built > 0) {
                LOG.infof("built %d closed month(s) of the care rollup", built);
            }
        } catch (RuntimeException e) {
            // The database away: the months stay due and the next pass builds them.
            LOG.warnf("the closed months of the care rollup could not be built now: %s", e.getMessage());
        }
    }

    /** Builds every due month, each in its own transaction; the number built. */
    public int buildDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT brand, month FROM care_month_due()").getResultList());
        for (Object[] m : due) {
            String brand = (String) m[0];
            LocalDate month = m[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) m[1];
            QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT care_month_build(?1, ?2)")
                    .setParameter(1, brand).setParameter(2, java.sql.Date.valueOf(month)).getSingleResult());
        }
        return due.size();
    }
}
