package io.parley.inbox.audit;

import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail of conversations: every change, by whom and when. Any package records a change with
 * {@link #record} inside the transaction that makes it, so the trail and the change commit together.
 * Actions in use (docs/inbox.md): {@code status_changed}, {@code reply_sent}, {@code reply_delivered},
 * {@code reply_failed}, {@code standards_override}, {@code note_added}, {@code grouped_answer},
 * {@code moderation_requested}, {@code moderation_done}, {@code moderation_failed}; other packages add
 * theirs (assignment, compensation, ...).
 */
@ApplicationScoped
public class AuditTrail {

    /** Who acts when no person does: a consumer reacting to an event, a rule. */
    public static final String SYSTEM = "system";

    @Inject
    Clock clock;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> DETAILS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    /**
     * Records a change to a conversation. {@code details} are small facts (from, to, reason, ids), kept
     * as JSON in the order given; null values are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(UUID conversationId, String brand, String action, String actor,
            Map<String, ?> details) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.conversationId = conversationId;
        entry.brand = brand;
        entry.action = action;
        entry.actor = actor == null ? SYSTEM : actor;
        entry.at = clock.instant();
        Map<String, Object> kept = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (v != null) {
                    kept.put(k, v instanceof Enum<?> || v instanceof UUID ? v.toString() : v);
                }
            });
        }
        // Stored as it reads back (an Instant as its ISO text, a UUID as text): Hibernate compares the JSON it
        // keeps against this map at every flush, and a value that differs after a round trip would be
        // written again and again.
        entry.details = json.convertValue(kept, DETAILS);
        entry.persist();
        return entry;
    }

    /** The trail of one conversation, oldest first. */
    @Transactional
    public List<AuditEntry> of(UUID conversationId) {
        return AuditEntry.list("conversationId", Sort.by("seq"), conversationId);
    }

    /** The listing of {@link #page}: by seq, the trail's own order (index audit_entry_conversation_seq). */
    static final Keyset<AuditEntry> TRAIL = Keyset.<AuditEntry>ascending("conversation-audit")
            .number("seq", e -> e.seq);

    /** A page of the trail of one conversation, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<AuditEntry> page(UUID conversationId, String cursor, int limit) {
        return TRAIL.page((q, p, rows) -> AuditEntry.<AuditEntry>find(q, p).range(0, rows - 1).list(),
                "conversationId = :c", Map.of("c", conversationId), cursor, limit);
    }

    /** Builds details from key-value pairs, skipping nulls: {@code details("from", "new", "to", "open")}. */
    public static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(String.valueOf(pairs[i]), pairs[i + 1]);
            }
        }
        return map;
    }
}
