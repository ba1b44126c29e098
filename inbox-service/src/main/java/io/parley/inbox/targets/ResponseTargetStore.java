package io.parley.inbox.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.standards.ResponseTargetsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbox's copy of each brand's targets, kept from the compacted standards topic. */
@ApplicationScoped
public class ResponseTargetStore {

    private static final TypeReference<Map<Platform, Integer>> MINUTES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    /** Stores the targets unless a newer version is already known (the topic may replay old records). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(String brand, ResponseTargetsChanged changed) {
        Map<Platform, Integer> minutes = new EnumMap<>(Platform.class);
        changed.targets().forEach(t -> minutes.put(t.platform(), t.firstResponseMinutes()));
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(minutes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                INSERT INTO response_target (brand, version, default_minutes, platform_minutes)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (brand) DO UPDATE SET version = EXCLUDED.version,
                    default_minutes = EXCLUDED.default_minutes, platform_minutes = EXCLUDED.platform_minutes
                WHERE response_target.version <= EXCLUDED.version""")
                .setParameter(1, brand).setParameter(2, changed.version())
                .setParameter(3, changed.defaultMinutes()).setParameter(4, json)
                .executeUpdate();
    }

    public Optional<BrandTargets> find(String brand) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT version, default_minutes, platform_minutes FROM response_target WHERE brand = ?1")
                .setParameter(1, brand).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        try {
            return Optional.of(new BrandTargets(brand, ((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                    EventJson.mapper().readValue((String) row[2], MINUTES)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored targets of " + brand + " are unreadable", e);
        }
    }
}
