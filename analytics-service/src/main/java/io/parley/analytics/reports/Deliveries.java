package io.parley.analytics.reports;

import io.parley.analytics.care.HoursCounted;
import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a schedule's pack for a period, e-mails it and keeps it: the scheduled job's due schedules (claimed once
 * across replicas) and a manager's "send the last period now"; and opens a delivered PDF by its signed link.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    EntityManager em;

    @Inject
    ReportPack pack;

    @Inject
    ReportMail mail;

    @Inject
    ReportsConfig config;

    @Inject
    ScheduleStore schedules;

    @Inject
    ReportAudit audit;

    @Inject
    Clock clock;

    private ReportLinks links;

    @PostConstruct
    void init() {
        links = new ReportLinks(config.linkSecret());
    }

    /**
     * Delivers one due schedule, if any: the row is claimed {@code FOR UPDATE SKIP LOCKED} (another replica's pass
     * skips it and takes the next), the pack of the period just ended is built and e-mailed, and the schedule's next
     * run moved to the end of the current period, all in one transaction. Periods missed while no replica ran are not
     * caught up: the next pass reports the latest period only. An e-mail the mail server did not take is kept as a
     * failed delivery and tried again after {@code retry-after}, up to {@code attempts} times a period. Returns false
     * when none is due; throws {@link Postponed} when the schedule's pack cannot be built.
     */
    @Transactional
    public boolean deliverOneDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(ScheduleStore.SELECT + " WHERE next_run_at <= ?1"
                + " ORDER BY next_run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED").setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Object[] r = due.get(0);
        UUID id = (UUID) r[0];
        Instant next;
        try {
            Cadence cadence = Cadence.of("cadence", (String) r[2]);
            TimeWindow period = cadence.justEnded(now);
            Reports.Delivery d = deliver(id, (String) r[1], cadence, Rows.addresses(r[3]),
                    ReportLanguage.of("language", (String) r[4]), HoursCounted.of("hours", (String) r[5]), period,
                    now);
            next = "sent".equals(d.status()) || failedAttempts(id, period) >= config.attempts()
                    ? cadence.periodEnd(now) : now.plus(config.retryAfter());
        } catch (RuntimeException e) {
            // This schedule's pack cannot be built now. Its transaction rolls back; the job postpones it (Postponed)
            // so that it does not hold up the schedules due after it. With the database away the postponement fails
            // too, the pass ends, and the schedule stays due as it was.
            throw new Postponed(id, e);
        }
        nextRun(id, next);
        return true;
    }

    /** A due schedule whose pack could not be built; {@link #postpone} moves it out of the way. */
    public static final class Postponed extends RuntimeException {
        private final UUID schedule;

        Postponed(UUID schedule, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.schedule = schedule;
        }

        public UUID schedule() {
            return schedule;
        }
    }

    /** Tries the schedule again after {@code retry-after}; the schedules due meanwhile go first. */
    @Transactional
    public void postpone(UUID schedule) {
        nextRun(schedule, clock.instant().plus(config.retryAfter()));
    }

    private void nextRun(UUID schedule, Instant at) {
        em.createNativeQuery("UPDATE report_schedule SET next_run_at = ?2 WHERE id = ?1").setParameter(1, schedule)
                .setParameter(2, at).executeUpdate();
    }

    private long failedAttempts(UUID schedule, TimeWindow period) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM report_delivery WHERE schedule_id = ?1"
                + " AND period_to = ?2 AND status = 'failed'").setParameter(1, schedule).setParameter(2, period.to())
                .getSingleResult()).longValue();
    }

    /** A manager's "send now": the period just ended, at once, to the schedule's recipients; the next run stays. */
    @Transactional
    public Reports.Delivery sendNow(String brand, UUID scheduleId, String by) {
        Instant now = clock.instant();
        Reports.Schedule s = schedules.find(brand, scheduleId).orElseThrow(() -> ScheduleStore.notFound(scheduleId));
        Cadence cadence = Cadence.of("cadence", s.cadence());
        TimeWindow period = cadence.justEnded(now);
        Reports.Delivery d = deliver(scheduleId, brand, cadence, s.recipients(),
                ReportLanguage.of("language", s.language()), HoursCounted.of("hours", s.hours()), period, now);
        audit.record(brand, "report_sent_now", scheduleId.toString(), by, now, Map.of("period",
                period.from() + "/" + period.to(), "delivery", d.id(), "status", d.status()));
        return d;
    }

    private Reports.Delivery deliver(UUID scheduleId, String brand, Cadence cadence, List<String> recipients,
            ReportLanguage language, HoursCounted hours, TimeWindow period, Instant now) {
        byte[] pdf = pack.pdf(brand, period, hours, language, now);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(config.linkValidFor());
        String link = config.publicUrl().replaceAll("/+$", "") + "/api/v1/report-links/" + links.token(id, expires);
        ReportMail.Outcome outcome = mail.send(ReportMail.compose(recipients, brand, cadence, period.from(),
                period.to(), language, link, expires, pdf));
        em.createNativeQuery("INSERT INTO report_delivery (id, schedule_id, brand, period_from, period_to, language,"
                + " recipients, created_at, status, problem, link_expires_at, pdf)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, id).setParameter(2, scheduleId).setParameter(3, brand)
                .setParameter(4, period.from()).setParameter(5, period.to()).setParameter(6, language.id())
                .setParameter(7, String.join(",", recipients)).setParameter(8, now)
                .setParameter(9, outcome.sent() ? "sent" : "failed").setParameter(10, outcome.problem())
                .setParameter(11, expires).setParameter(12, pdf).executeUpdate();
        return new Reports.Delivery(id, scheduleId, period.from(), period.to(), language.id(), recipients, now,
                outcome.sent() ? "sent" : "failed", outcome.problem(), expires);
    }

    /** A delivered PDF as its link opens it. */
    record Download(String fileName, byte[] pdf) {
    }

    /**
     * The PDF a signed link names: 403 for a token we did not sign (altered, malformed), 410 once it expired, 404 when
     * the delivery is gone.
     */
    @Transactional
    public Download open(String token) {
        ReportLinks.Verdict verdict = links.verify(token, clock.instant());
        if (verdict instanceof ReportLinks.Forged) {
            throw new ProblemException(ProblemType.FORBIDDEN, "this report link is not valid: it was altered or not "
                    + "issued by Parley");
        }
        if (verdict instanceof ReportLinks.Expired e) {
            throw new ProblemException(ProblemType.GONE, "this report link expired at " + e.expiredAt() + "; ask the "
                    + "brand's manager to send the report again");
        }
        UUID id = ((ReportLinks.Valid) verdict).delivery();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT brand, period_from, period_to, pdf FROM report_delivery"
                + " WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("the report this link names no longer exists");
        }
        Object[] r = rows.get(0);
        return new Download(ReportMail.fileName((String) r[0], Rows.instant(r[1]), Rows.instant(r[2])),
                (byte[]) r[3]);
    }

    /** For tests: a token for a delivery with the given expiry, signed with the configured secret. */
    String token(UUID delivery, Instant expiresAt) {
        return links.token(delivery, expiresAt);
    }
}
