package io.parley.analytics.reports;

import io.parley.analytics.care.HoursCounted;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A brand's report schedules and their deliveries. Every change is audited in its own transaction; a schedule's
 * next run is the end of the period that holds the time it was created (or changed to another cadence).
 */
@ApplicationScoped
public class ScheduleStore {

    /** A plain address: no display name, no comma, no spaces; what a mail server takes as a recipient. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Inject
    EntityManager em;

    @Inject
    ReportAudit audit;

    @Inject
    ReportsConfig config;

    /** The request checked: a 400 naming the first bad field. */
    record Checked(Cadence cadence, List<String> recipients, ReportLanguage language, HoursCounted hours) {
    }

    Checked check(Reports.ScheduleRequest r) {
        if (r == null) {
            throw ProblemException.invalid("body", "is required");
        }
        Cadence cadence = Cadence.of("cadence", r.cadence());
        if (r.recipients() == null || r.recipients().isEmpty()) {
            throw ProblemException.invalid("recipients", "name at least one e-mail address");
        }
        if (r.recipients().size() > config.mostRecipients()) {
            throw ProblemException.invalid("recipients", "at most " + config.mostRecipients() + " addresses");
        }
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        for (int i = 0; i < r.recipients().size(); i++) {
            String a = r.recipients().get(i);
            if (a == null || a.length() > 254 || !ADDRESS.matcher(a.strip()).matches()) {
                throw ProblemException.invalid("recipients[" + i + "]", "'" + Excerpt.of(String.valueOf(a))
                        + "' is not an e-mail address like care-lead@acme.example");
            }
            addresses.add(a.strip().toLowerCase(Locale.ROOT));
        }
        return new Checked(cadence, List.copyOf(addresses), ReportLanguage.of("language", r.language()),
                HoursCounted.of("hours", r.hours()));
    }

    @Transactional
    public Reports.Schedule create(String brand, Reports.ScheduleRequest request, String by, Instant now) {
        Checked c = check(request);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO report_schedule (id, brand, cadence, recipients, language, hours,"
                + " next_run_at, created_by, created_at, updated_by, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)")
                .setParameter(1, id).setParameter(2, brand).setParameter(3, c.cadence().id())
                .setParameter(4, String.join(",", c.recipients())).setParameter(5, c.language().id())
                .setParameter(6, c.hours().id()).setParameter(7, c.cadence().periodEnd(now)).setParameter(8, by)
                .setParameter(9, now).executeUpdate();
        audit.record(brand, "schedule_created", id.toString(), by, now, details(c));
        return find(brand, id).orElseThrow();
    }

    @Transactional
    public Reports.Schedule change(String brand, UUID id, Reports.ScheduleRequest request, String by, Instant now) {
        Checked c = check(request);
        Reports.Schedule before = find(brand, id).orElseThrow(() -> notFound(id));
        // A new cadence starts from the period that holds now; the same cadence keeps its next run.
        Instant next = before.cadence().equals(c.cadence().id()) ? before.nextRunAt() : c.cadence().periodEnd(now);
        em.createNativeQuery("UPDATE report_schedule SET cadence = ?3, recipients = ?4, language = ?5, hours = ?6,"
                + " next_run_at = ?7, updated_by = ?8, updated_at = ?9, version = version + 1"
                + " WHERE brand = ?1 AND id = ?2")
                .setParameter(1, brand).setParameter(2, id).setParameter(3, c.cadence().id())
                .setParameter(4, String.join(",", c.recipients())).setParameter(5, c.language().id())
                .setParameter(6, c.hours().id()).setParameter(7, next).setParameter(8, by).setParameter(9, now)
                .executeUpdate();
        Map<String, Object> details = details(c);
        details.put("before", before.cadence() + " to " + before.recipients() + " in " + before.language());
        audit.record(brand, "schedule_changed", id.toString(), by, now, details);
        return find(brand, id).orElseThrow();
    }

    @Transactional
    public void delete(String brand, UUID id, String by, Instant now) {
        Reports.Schedule before = find(brand, id).orElseThrow(() -> notFound(id));
        em.createNativeQuery("DELETE FROM report_schedule WHERE brand = ?1 AND id = ?2").setParameter(1, brand)
                .setParameter(2, id).executeUpdate();
        audit.record(brand, "schedule_deleted", id.toString(), by, now, Map.of("cadence", before.cadence(),
                "recipients", before.recipients()));
    }

    /** The brand's schedules, oldest first (index report_schedule_brand). */
    static final Keyset<Object[]> SCHEDULES = Keyset.<Object[]>ascending("report-schedules")
            .instant("created_at", r -> Rows.instant(r[8])).uuid("id", r -> r[0]);

    /** A schedule's deliveries, newest first. */
    static final Keyset<Reports.Delivery> DELIVERIES = Keyset.<Reports.Delivery>descending("report-deliveries")
            .instant("created_at", Reports.Delivery::createdAt).uuid("id", Reports.Delivery::id);

    /** A page of the brand's schedules, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Reports.Schedule> page(String brand, String cursor, int limit) {
        Keyset.After after = SCHEDULES.after(cursor);
        Query q = em.createNativeQuery(SELECT + " WHERE brand = :brand" + (after == null ? "" : " AND " + after.sql())
                + " ORDER BY " + SCHEDULES.orderBy() + " LIMIT :limit")
                .setParameter("brand", brand).setParameter("limit", SCHEDULES.rows(limit));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return SCHEDULES.page(rows, limit).map(this::schedule);
    }

    @Transactional
    public Optional<Reports.Schedule> find(String brand, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE brand = ?1 AND id = ?2").setParameter(1, brand)
                .setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(this::schedule);
    }

    /** A page of the schedule's deliveries, newest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Reports.Delivery> deliveries(String brand, UUID schedule, String cursor, int limit) {
        Keyset.After after = DELIVERIES.after(cursor);
        Query q = em.createNativeQuery(DELIVERY + " WHERE brand = :brand AND schedule_id = :schedule"
                        + (after == null ? "" : " AND " + after.sql()) + " ORDER BY " + DELIVERIES.orderBy()
                        + " LIMIT :limit")
                .setParameter("brand", brand).setParameter("schedule", schedule)
                .setParameter("limit", DELIVERIES.rows(limit));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return DELIVERIES.page(rows.stream().map(ScheduleStore::delivery).toList(), limit);
    }

    static final String SELECT = "SELECT id, brand, cadence, recipients, language, hours, next_run_at, created_by,"
            + " created_at, updated_by, updated_at FROM report_schedule";

    static final String DELIVERY = "SELECT id, schedule_id, period_from, period_to, language, recipients, created_at,"
            + " status, problem, link_expires_at FROM report_delivery";

    private Reports.Schedule schedule(Object[] r) {
        UUID id = (UUID) r[0];
        String brand = (String) r[1];
        Reports.Delivery last = deliveries(brand, id, null, 1).items().stream().findFirst().orElse(null);
        return new Reports.Schedule(id, brand, (String) r[2], Rows.addresses(r[3]), (String) r[4], (String) r[5],
                Rows.instant(r[6]), (String) r[7], Rows.instant(r[8]), (String) r[9], Rows.instant(r[10]), last);
    }

    static Reports.Delivery delivery(Object[] r) {
        return new Reports.Delivery((UUID) r[0], (UUID) r[1], Rows.instant(r[2]), Rows.instant(r[3]), (String) r[4],
                Rows.addresses(r[5]), Rows.instant(r[6]), (String) r[7], (String) r[8], Rows.instant(r[9]));
    }

    private static Map<String, Object> details(Checked c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("cadence", c.cadence().id());
        d.put("recipients", c.recipients());
        d.put("language", c.language().id());
        d.put("hours", c.hours().id());
        return d;
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("report schedule " + id + " does not exist");
    }
}
