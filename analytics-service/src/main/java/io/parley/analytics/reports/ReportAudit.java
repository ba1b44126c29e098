package io.parley.analytics.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The brand's newest entries first. */
    @Transactional
    public List<Reports.AuditEntry> of(String brand, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT action, subject, actor, at, CAST(details AS text)"
                + " FROM report_audit WHERE brand = ?1 ORDER BY seq DESC LIMIT ?2")
                .setParameter(1, brand).setParameter(2, limit).getResultList();
        List<Reports.AuditEntry> out = new ArrayList<>();
        for (Object[] r : rows) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> details = json.readValue((String) r[4], Map.class);
                out.add(new Reports.AuditEntry((String) r[0], (String) r[1], (String) r[2], Rows.instant(r[3]),
                        details));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
