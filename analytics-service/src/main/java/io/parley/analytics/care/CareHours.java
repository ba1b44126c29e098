package io.parley.analytics.care;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.EventJson;
import io.parley.platform.time.BusinessHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hours each brand's response targets count in (section 9 of its standards catalogue), kept per catalogue
 * version with the time it took effect, so that a conversation is measured in the hours in force when it arrived —
 * a later change of hours never re-dates what happened before it. A brand without a catalogue counts around the
 * clock.
 */
@ApplicationScoped
public class CareHours {

    @Inject
    EntityManager em;

    /**
     * Holds the brand's hours still until the transaction ends. Whoever measures a conversation in the brand's
     * hours, and whoever keeps a new version of them, takes it first: the two consumers run concurrently, and
     * without it a conversation measured while a version arrives could miss the version, and the version's
     * re-measuring miss the conversation (neither sees the other's uncommitted row). It is taken before any row is
     * written, so that the two never wait for each other crosswise (the lock, then rows, in both).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String brand) {
        // Held until the transaction ends: taken once per brand and transaction (a batch of events of one brand
        // asked for it once per event, a round trip each).
        @SuppressWarnings("unchecked")
        Set<String> held = (Set<String>) transaction.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transaction.putResource(HELD, held);
        }
        if (!held.add(brand)) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "care-hours:" + brand)
                .getSingleResult();
    }

    /** The key, in the transaction's resources, of the brands whose hours it holds. */
    private static final Object HELD = CareHours.class.getName() + ".held";

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Keeps a catalogue version's hours; the same version again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String brand, long version, Instant effectiveFrom, JsonNode catalogue) {
        hold(brand);
        JsonNode section = catalogue == null ? null : catalogue.get("responseTargets");
        String json;
        try {
            json = section == null ? null : EventJson.mapper().writeValueAsString(section);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                INSERT INTO care_hours (brand, version, effective_from, section) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (brand, version) DO NOTHING""")
                .setParameter(1, brand).setParameter(2, version).setParameter(3, effectiveFrom)
                .setParameter(4, json).executeUpdate();
    }

    /** The hours in force for the brand at {@code instant}: the latest version that had taken effect by then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BusinessHours at(String brand, Instant instant) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                SELECT section FROM care_hours WHERE brand = ?1 AND effective_from <= ?2
                ORDER BY effective_from DESC, version DESC LIMIT 1""")
                .setParameter(1, brand).setParameter(2, instant).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return BusinessHours.ofResponseTargets(null);
        }
        try {
            return BusinessHours.ofResponseTargets(EventJson.mapper().readTree(rows.get(0)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hours of " + brand + " are unreadable", e);
        }
    }
}
