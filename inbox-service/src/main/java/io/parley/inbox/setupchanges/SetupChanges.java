package io.parley.inbox.setupchanges;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.rest.Keyset;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The trail of a brand's care setup: every team, rule list and saved reply written or deleted, by whom and when.
 * Recorded inside the transaction of the change ({@link #record}), so the trail and the change commit together.
 */
@ApplicationScoped
public class SetupChanges {

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** Records a change; {@code details} is what it became (a small summary), kept as JSON as it reads back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SetupChange record(String brand, String subject, String key, String action, String actor,
            Map<String, ?> details) {
        SetupChange c = new SetupChange();
        c.id = UUID.randomUUID();
        c.brand = brand;
        c.subject = subject;
        c.subjectKey = key;
        c.action = action;
        c.actor = actor == null ? "system" : actor;
        c.at = clock.instant();
        Map<String, Object> kept = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (v != null) {
                    kept.put(k, v);
                }
            });
        }
        c.details = json.convertValue(kept, DETAILS);
        c.persist();
        return c;
    }

    /** The listing of {@link #of}: (at, id) descending, index setup_change_page. */
    static final Keyset<SetupChange> CHANGES = Keyset.<SetupChange>descending("setup-changes")
            .instant("at", c -> c.at).uuid("id", c -> c.id);

    /** A page of the brand's changes, newest first, after {@code cursor}; of one subject when it is given. */
    @Transactional
    public io.parley.platform.rest.Page<SetupChange> of(String brand, String subject, String cursor, int limit) {
        return subject == null
                ? CHANGES.page((q, p, rows) -> SetupChange.<SetupChange>find(q, p).range(0, rows - 1).list(),
                        "brand = :b", Map.of("b", brand), cursor, limit)
                : CHANGES.page((q, p, rows) -> SetupChange.<SetupChange>find(q, p).range(0, rows - 1).list(),
                        "brand = :b and subject = :s", Map.of("b", brand, "s", subject),
                        cursor, limit);
    }
}
