package io.parley.inbox.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.EventJson;
import io.parley.inbox.config.InboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Section 9 of each brand's standards catalogue ({@code StandardsCatalogueChanged} on the compacted
 * standards topic), kept per brand with a versioned upsert: an older record replayed changes nothing.
 */
@ApplicationScoped
public class CatalogueTargetStore {

    @Inject
    EntityManager em;

    @Inject
    InboxConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(String brand, long version, JsonNode catalogue) {
        JsonNode section = catalogue == null ? null : catalogue.get("responseTargets");
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(section);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                INSERT INTO catalogue_targets (brand, version, section) VALUES (?1, ?2, ?3)
                ON CONFLICT (brand) DO UPDATE SET version = EXCLUDED.version, section = EXCLUDED.section
                WHERE catalogue_targets.version <= EXCLUDED.version""")
                .setParameter(1, brand).setParameter(2, version).setParameter(3, json).executeUpdate();
    }

    public Optional<CatalogueTargets> find(String brand) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT version, section FROM catalogue_targets WHERE brand = ?1")
                .setParameter(1, brand).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode section = EventJson.mapper().readTree((String) rows.get(0)[1]);
            return Optional.of(CatalogueTargets.parse(((Number) rows.get(0)[0]).longValue(), section,
                    (int) config.defaultFirstResponse().toMinutes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue targets of " + brand + " are unreadable", e);
        }
    }
}
