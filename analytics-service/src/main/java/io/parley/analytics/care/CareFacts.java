package io.parley.analytics.care;

import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.platform.time.BusinessHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The care fact of each conversation, maintained from the inbox's events (docs/metrics.md has the rules):
 * <ul>
 * <li>opened: channel, the team owning it as it opened, language and moment of truth of the first message, the due
 * time and target in force as it arrived (the target that counts, never one set later);</li>
 * <li>assigned: the owning team and person, until the first response (then the team is the one it was answered
 * in);</li>
 * <li>answered: the first response and who gave it (later answers change nothing);</li>
 * <li>status changed: resolved (the latest resolution counts for the resolution time), reopened (resolved, then
 * open again).</li>
 * </ul>
 * Every write is an upsert of the brand's own row (an event naming another brand for the same conversation changes
 * nothing), then the durations are worked out again from the row: elapsed, and in the brand's business hours in
 * force when the conversation arrived.
 */
@ApplicationScoped
public class CareFacts {

    @Inject
    EntityManager em;

    @Inject
    CareHours hours;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String brand, ConversationOpened o) {
        hours.hold(brand); // first: see CareHours#hold
        em.createNativeQuery("""
                INSERT INTO care_fact (conversation_id, brand, channel, team, language, moment, received_at, due_at,
                    target_minutes)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT (conversation_id) DO UPDATE SET channel = EXCLUDED.channel,
                    team = COALESCE(care_fact.team, EXCLUDED.team), language = EXCLUDED.language,
                    moment = EXCLUDED.moment, received_at = EXCLUDED.received_at, due_at = EXCLUDED.due_at,
                    target_minutes = EXCLUDED.target_minutes
                WHERE care_fact.brand = EXCLUDED.brand""" + MEASURED)
                .setParameter(1, o.conversationId()).setParameter(2, brand).setParameter(3, o.platform().id())
                .setParameter(4, o.team()).setParameter(5, o.language()).setParameter(6, o.moment())
                .setParameter(7, o.receivedAt()).setParameter(8, o.dueAt()).setParameter(9, o.targetMinutes())
                .getResultList().forEach(row -> measure((Object[]) row));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(String brand, ConversationAssigned a) {
        hours.hold(brand); // first: see CareHours#hold
        em.createNativeQuery("""
                INSERT INTO care_fact (conversation_id, brand, team, assignee) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (conversation_id) DO UPDATE SET
                    team = CASE WHEN care_fact.first_response_at IS NULL THEN EXCLUDED.team ELSE care_fact.team END,
                    assignee = CASE WHEN care_fact.first_response_at IS NULL THEN EXCLUDED.assignee
                               ELSE care_fact.assignee END
                WHERE care_fact.brand = EXCLUDED.brand""")
                .setParameter(1, a.conversationId()).setParameter(2, brand).setParameter(3, a.team())
                .setParameter(4, a.assignee()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String brand, ConversationAnswered a) {
        hours.hold(brand); // first: see CareHours#hold
        em.createNativeQuery("""
                INSERT INTO care_fact (conversation_id, brand, channel, received_at, due_at, first_response_at,
                    first_responder)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (conversation_id) DO UPDATE SET
                    channel = COALESCE(care_fact.channel, EXCLUDED.channel),
                    received_at = COALESCE(care_fact.received_at, EXCLUDED.received_at),
                    due_at = COALESCE(care_fact.due_at, EXCLUDED.due_at),
                    first_response_at = COALESCE(care_fact.first_response_at, EXCLUDED.first_response_at),
                    first_responder = CASE WHEN care_fact.first_response_at IS NULL THEN EXCLUDED.first_responder
                                      ELSE care_fact.first_responder END
                WHERE care_fact.brand = EXCLUDED.brand""" + MEASURED)
                .setParameter(1, a.conversationId()).setParameter(2, brand).setParameter(3, a.platform().id())
                .setParameter(4, a.receivedAt()).setParameter(5, a.dueAt()).setParameter(6, a.answeredAt())
                .setParameter(7, a.answeredBy()).getResultList().forEach(row -> measure((Object[]) row));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(String brand, ConversationStatusChanged s) {
        boolean resolved = "resolved".equals(s.to());
        boolean reopened = "resolved".equals(s.from()) && !resolved;
        if (!resolved && !reopened) {
            return; // the other moves (answered, pending, open again before a resolution) change no figure
        }
        hours.hold(brand); // first: see CareHours#hold
        em.createNativeQuery("""
                INSERT INTO care_fact (conversation_id, brand, channel, resolved_at, first_resolved_at, reopened_count)
                VALUES (?1, ?2, ?3, ?4, ?4, ?5)
                ON CONFLICT (conversation_id) DO UPDATE SET
                    resolved_at = EXCLUDED.resolved_at,
                    first_resolved_at = COALESCE(care_fact.first_resolved_at, EXCLUDED.first_resolved_at),
                    reopened_count = care_fact.reopened_count + EXCLUDED.reopened_count
                WHERE care_fact.brand = EXCLUDED.brand""" + MEASURED)
                .setParameter(1, s.conversationId()).setParameter(2, brand)
                .setParameter(3, s.platform() == null ? null : s.platform().id())
                .setParameter(4, resolved ? s.changedAt() : null).setParameter(5, reopened ? 1 : 0)
                .getResultList().forEach(row -> measure((Object[]) row));
    }

    /** The columns a duration is worked out from, and the durations as they stand; an upsert returns them. */
    private static final String COLUMNS = """
            brand, received_at, first_response_at, resolved_at, due_at, ttfr_seconds, ttfr_business_seconds,
            resolution_seconds, resolution_business_seconds, met, conversation_id""";
    private static final String MEASURED = "\nRETURNING " + COLUMNS;

    /**
     * Works out a conversation's durations again: time to first response and resolution time, elapsed and in the
     * business hours in force when it arrived, and whether the first response met the target in force then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void measure(UUID conversationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM care_fact WHERE conversation_id = ?1")
                .setParameter(1, conversationId).getResultList();
        rows.forEach(this::measure);
    }

    /**
     * The same from the row an upsert returned (no second read); the row is written only when a figure changes —
     * a conversation just opened has none yet, and the rollups' trigger then has nothing to move.
     */
    private void measure(Object[] r) {
        Instant received = instant(r[1]);
        Instant answered = instant(r[2]);
        Instant resolved = instant(r[3]);
        Instant due = instant(r[4]);
        BusinessHours counted = null;
        if (received != null && (answered != null || resolved != null)) {
            hours.hold((String) r[0]); // held already by the writers; kept here for any other caller
            counted = hours.at((String) r[0], received);
        }
        Long ttfr = elapsed(received, answered);
        Long ttfrBusiness = counted(counted, received, answered);
        Long resolution = elapsed(received, resolved);
        Long resolutionBusiness = counted(counted, received, resolved);
        Boolean met = answered == null || due == null ? null : !answered.isAfter(due);
        if (Objects.equals(ttfr, number(r[5])) && Objects.equals(ttfrBusiness, number(r[6]))
                && Objects.equals(resolution, number(r[7])) && Objects.equals(resolutionBusiness, number(r[8]))
                && Objects.equals(met, r[9])) {
            return;
        }
        em.createNativeQuery("""
                UPDATE care_fact SET ttfr_seconds = ?2, ttfr_business_seconds = ?3, resolution_seconds = ?4,
                    resolution_business_seconds = ?5, met = ?6
                WHERE conversation_id = ?1""")
                .setParameter(1, r[10])
                .setParameter(2, ttfr).setParameter(3, ttfrBusiness)
                .setParameter(4, resolution).setParameter(5, resolutionBusiness)
                .setParameter(6, met)
                .executeUpdate();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * A catalogue version's hours arrived: the conversations of the brand that arrived since it took effect are
     * measured again (usually none or a few: a version takes effect when it is published).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hoursChanged(String brand, Instant effectiveFrom) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT conversation_id FROM care_fact WHERE brand = ?1 AND received_at >= ?2
                  AND (first_response_at IS NOT NULL OR resolved_at IS NOT NULL)""")
                .setParameter(1, brand).setParameter(2, effectiveFrom).getResultList();
        ids.forEach(this::measure);
    }

    private static Long elapsed(Instant from, Instant to) {
        return from == null || to == null ? null : Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Long counted(BusinessHours hours, Instant from, Instant to) {
        return hours == null || from == null || to == null ? null : hours.between(from, to).toSeconds();
    }

    /** A timestamp as JDBC returns it, as an instant. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
