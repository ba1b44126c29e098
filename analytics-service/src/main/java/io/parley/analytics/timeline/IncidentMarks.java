package io.parley.analytics.timeline;

import io.parley.analytics.care.CareFacts;
import io.parley.platform.time.TimeWindow;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The brands' incidents as the inbox opens and closes them, to mark on the timeline. */
@ApplicationScoped
public class IncidentMarks {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String brand, IncidentOpened i) {
        em.createNativeQuery("""
                INSERT INTO care_incident (incident_id, brand, title, source, signal, opened_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (incident_id) DO UPDATE SET title = EXCLUDED.title, source = EXCLUDED.source,
                    signal = EXCLUDED.signal, opened_at = EXCLUDED.opened_at
                WHERE care_incident.brand = EXCLUDED.brand""")
                .setParameter(1, i.incidentId()).setParameter(2, brand).setParameter(3, i.title())
                .setParameter(4, i.source()).setParameter(5, i.signal()).setParameter(6, i.openedAt())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(String brand, IncidentClosed i) {
        em.createNativeQuery("""
                INSERT INTO care_incident (incident_id, brand, closed_at, resolution) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (incident_id) DO UPDATE SET closed_at = EXCLUDED.closed_at,
                    resolution = EXCLUDED.resolution
                WHERE care_incident.brand = EXCLUDED.brand""")
                .setParameter(1, i.incidentId()).setParameter(2, brand).setParameter(3, i.closedAt())
                .setParameter(4, i.resolution()).executeUpdate();
    }

    /** The brand's incidents open at some time in the window, oldest first. */
    @Transactional
    public List<Timeline.Incident> during(String brand, TimeWindow window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT incident_id, title, source, signal, opened_at, closed_at, resolution FROM care_incident
                WHERE brand = ?1 AND opened_at < ?3 AND (closed_at IS NULL OR closed_at >= ?2)
                ORDER BY opened_at, incident_id""")
                .setParameter(1, brand).setParameter(2, window.from()).setParameter(3, window.to())
                .getResultList();
        return rows.stream().map(r -> new Timeline.Incident((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], CareFacts.instant(r[4]), CareFacts.instant(r[5]), (String) r[6])).toList();
    }
}
