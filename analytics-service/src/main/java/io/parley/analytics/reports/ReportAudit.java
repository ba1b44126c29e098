package io.parley.analytics.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.rest.Cursor;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** The listing name in {@link #page}'s cursors. */
    static final String LISTING = "report-history";

    /** A page of the brand's entries, newest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Reports.AuditEntry> page(String brand, String cursor, int limit) {
        Cursor.Position after = Cursor.decode(LISTING, cursor, 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT action, subject, actor, at, CAST(details AS text), seq"
                + " FROM report_audit WHERE brand = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3")
                .setParameter(1, brand).setParameter(2, after == null ? Long.MAX_VALUE : after.number(0))
                .setParameter(3, limit + Page.LOOKAHEAD).getResultList();
        return Page.of(rows, limit, r -> Cursor.encode(LISTING, ((Number) r[5]).longValue())).map(this::entry);
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
