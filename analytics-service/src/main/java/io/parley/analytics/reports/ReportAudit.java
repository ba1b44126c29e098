package io.parley.analytics.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit of a brand's report settings: every schedule created, changed or deleted and every commentary saved, by
 * whom and when, in the transaction of the change (so the change and its entry commit together). Append-only.
 */
@ApplicationScoped
public class ReportAudit {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brand, String action, String subject, String actor, Instant at, Map<String, ?> details) {
        Map<String, Object> kept = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v instanceof Instant || v instanceof java.util.UUID ? v.toString() : v);
            }
        });
        try {
            em.createNativeQuery("INSERT INTO report_audit (brand, action, subject, actor, at, details)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb))")
                    .setParameter(1, brand).setParameter(2, action).setParameter(3, subject).setParameter(4, actor)
                    .setParameter(5, at).setParameter(6, json.writeValueAsString(kept)).executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The brand's entries, newest first: the order they were written in ({@code seq}). */
    static final Keyset<Object[]> HISTORY = Keyset.<Object[]>descending("report-history")
            .number("seq", r -> ((Number) r[5]).longValue());

    /** A page of the brand's entries, newest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Reports.AuditEntry> page(String brand, String cursor, int limit) {
        Keyset.After after = HISTORY.after(cursor);
        Query q = em.createNativeQuery("SELECT action, subject, actor, at, CAST(details AS text), seq"
                        + " FROM report_audit WHERE brand = :brand" + (after == null ? "" : " AND " + after.sql())
                        + " ORDER BY " + HISTORY.orderBy() + " LIMIT :limit")
                .setParameter("brand", brand).setParameter("limit", HISTORY.rows(limit));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return HISTORY.page(rows, limit).map(this::entry);
    }

    private Reports.AuditEntry entry(Object[] r) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> details = json.readValue((String) r[4], Map.class);
            return new Reports.AuditEntry((String) r[0], (String) r[1], (String) r[2], Rows.instant(r[3]), details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
