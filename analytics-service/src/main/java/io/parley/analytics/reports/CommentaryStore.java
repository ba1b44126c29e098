package io.parley.analytics.reports;

import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;
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
 * The commentary slots of a brand's report periods: text a manager writes about a period, kept per period (its exact
 * from and to) and slot, shown in the PDF of that period. Every save is audited.
 */
@ApplicationScoped
public class CommentaryStore {

    /** The longest text one slot holds. */
    static final int LONGEST = 4000;

    @Inject
    EntityManager em;

    @Inject
    ReportAudit audit;

    @Transactional
    public Reports.Commentary of(String brand, TimeWindow period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT slot, text, updated_by, updated_at FROM report_commentary"
                + " WHERE brand = ?1 AND period_from = ?2 AND period_to = ?3")
                .setParameter(1, brand).setParameter(2, period.from()).setParameter(3, period.to()).getResultList();
        Map<String, Reports.Slot> bySlot = new LinkedHashMap<>();
        for (Object[] r : rows) {
            bySlot.put((String) r[0], new Reports.Slot((String) r[0], (String) r[1], (String) r[2],
                    Rows.instant(r[3])));
        }
        List<Reports.Slot> ordered = new ArrayList<>();
        for (String slot : Reports.SLOTS) {
            if (bySlot.containsKey(slot)) {
                ordered.add(bySlot.get(slot));
            }
        }
        return new Reports.Commentary(brand, period.from(), period.to(), ordered);
    }

    /** Writes the slots named (an empty text clears one); a bad slot or an over-long text is a 400 naming it. */
    @Transactional
    public Reports.Commentary save(String brand, TimeWindow period, Map<String, String> slots, String by,
            Instant at) {
        if (slots == null || slots.isEmpty()) {
            throw ProblemException.invalid("slots", "name at least one of " + String.join(", ", Reports.SLOTS));
        }
        slots.forEach((slot, text) -> {
            if (!Reports.SLOTS.contains(slot)) {
                throw ProblemException.invalid("slots." + Excerpt.of(slot), "is not a slot; use one of "
                        + String.join(", ", Reports.SLOTS));
            }
            if (text == null) {
                throw ProblemException.invalid("slots." + slot, "must be a text (empty clears the slot)");
            }
            if (text.length() > LONGEST) {
                throw ProblemException.invalid("slots." + slot, "at most " + LONGEST + " characters");
            }
        });
        Map<String, Object> changed = new LinkedHashMap<>();
        slots.forEach((slot, text) -> {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                em.createNativeQuery("DELETE FROM report_commentary WHERE brand = ?1 AND period_from = ?2"
                        + " AND period_to = ?3 AND slot = ?4").setParameter(1, brand).setParameter(2, period.from())
                        .setParameter(3, period.to()).setParameter(4, slot).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO report_commentary (brand, period_from, period_to, slot, text,"
                        + " updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT (brand, period_from, period_to, slot) DO UPDATE SET text = EXCLUDED.text,"
                        + " updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at")
                        .setParameter(1, brand).setParameter(2, period.from()).setParameter(3, period.to())
                        .setParameter(4, slot).setParameter(5, trimmed).setParameter(6, by).setParameter(7, at)
                        .executeUpdate();
            }
            changed.put(slot, trimmed.isEmpty() ? "(cleared)" : trimmed.length() + " characters");
        });
        audit.record(brand, "commentary_saved", period.from() + "/" + period.to(), by, at, changed);
        return of(brand, period);
    }
}
