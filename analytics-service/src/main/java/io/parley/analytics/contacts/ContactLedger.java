package io.parley.analytics.contacts;

import io.parley.analytics.care.CareConfig;
import io.parley.platform.time.TimeWindow;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Meaningful contacts: what the brand's care achieved beyond replies, one row per thing that counts, keyed by what
 * it counts (a redelivery, or the same thing announced again, counts once). Questions answered are read from the
 * care facts (a question's first response), not kept here. A recommendation asked of an advocate is obtained by the
 * author's first praise or positive interaction written after the request (within the configured window).
 */
@ApplicationScoped
public class ContactLedger {

    static final String COMPLAINT_SETTLED = "complaint_settled";
    static final String SUGGESTION_PASSED_ON = "suggestion_passed_on";
    static final String ADVOCATE_GAINED = "advocate_gained";
    static final String RECOMMENDATION_REQUESTED = "recommendation_requested";
    static final String RECOMMENDATION_OBTAINED = "recommendation_obtained";

    @Inject
    EntityManager em;

    @Inject
    CareConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintSettled(String brand, ComplaintSettled c) {
        record(brand, COMPLAINT_SETTLED, c.conversationId().toString(), c.conversationId(), c.settledAt(),
                c.settledBy());
    }

    /**
     * A note that mentions a colleague on a conversation whose first message was a suggestion passes the suggestion
     * on (the first such note counts); notes on other conversations, or mentioning nobody, count nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteAdded(String brand, NoteAdded n) {
        if (n.mentioned() == null || n.mentioned().isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO care_contact (brand, kind, subject, conversation_id, happened_at, by_user)
                SELECT ?1, ?2, ?3, ?4, ?5, ?6 FROM care_fact
                WHERE conversation_id = ?4 AND brand = ?1 AND moment = 'suggestion'
                ON CONFLICT DO NOTHING""")
                .setParameter(1, brand).setParameter(2, SUGGESTION_PASSED_ON)
                .setParameter(3, n.conversationId().toString()).setParameter(4, n.conversationId())
                .setParameter(5, n.createdAt()).setParameter(6, n.author()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void advocateGained(String brand, AdvocateGained a) {
        record(brand, ADVOCATE_GAINED, a.platform().id() + ":" + a.authorId(), a.conversationId(), a.gainedAt(),
                null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recommendationRequested(String brand, RecommendationRequested r) {
        record(brand, RECOMMENDATION_REQUESTED, r.requestId().toString(), r.conversationId(), r.requestedAt(),
                r.requestedBy());
        String platform = r.platform().id();
        lockAuthor(brand, platform, r.authorId());
        em.createNativeQuery("""
                INSERT INTO care_recommendation (request_id, brand, platform, author_id, conversation_id, requested_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, r.requestId()).setParameter(2, brand).setParameter(3, platform)
                .setParameter(4, r.authorId()).setParameter(5, r.conversationId()).setParameter(6, r.requestedAt())
                .executeUpdate();
        obtain(brand, platform, r.authorId()); // the praise may have been heard before the request reached us
    }

    /**
     * An author's praise or positive interaction with the brand (spam apart): it obtains the recommendations asked of
     * that author before it was written (within the configured window), each once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void praiseHeard(UUID interactionId, String brand, String platform, String authorId, Instant writtenAt) {
        praiseHeardAll(List.of(new Praise(interactionId, brand, platform, authorId, writtenAt)));
    }

    /** An author's praise or positive interaction: the interaction's event id, brand, channel, author and time. */
    public record Praise(UUID interactionId, String brand, String platform, String authorId, Instant writtenAt) {
    }

    /**
     * A batch of praise, as {@link #praiseHeard} one by one: each author locked once (in one order, so that two
     * batches never wait for each other crosswise), the praise kept in one statement, and each author's open
     * requests matched once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void praiseHeardAll(List<Praise> praise) {
        List<Praise> kept = praise.stream().filter(p -> p.authorId() != null && !p.authorId().isBlank()).toList();
        if (kept.isEmpty()) {
            return;
        }
        SortedMap<String, Praise> authors = new TreeMap<>();
        kept.forEach(p -> authors.putIfAbsent(authorKey(p.brand(), p.platform(), p.authorId()), p));
        authors.keySet().forEach(this::lock);
        em.createNativeQuery("""
                INSERT INTO care_author_praise (interaction_id, brand, platform, author_id, written_at)
                SELECT interaction_id, brand, platform, author_id, written_at
                FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]),
                            CAST(?5 AS timestamptz[])) AS r(interaction_id, brand, platform, author_id, written_at)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, SqlArrays.uuids(kept.stream().map(Praise::interactionId).toList()))
                .setParameter(2, SqlArrays.text(kept.stream().map(Praise::brand).toList()))
                .setParameter(3, SqlArrays.text(kept.stream().map(Praise::platform).toList()))
                .setParameter(4, SqlArrays.text(kept.stream().map(Praise::authorId).toList()))
                .setParameter(5, SqlArrays.instants(kept.stream().map(Praise::writtenAt).toList()))
                .executeUpdate();
        authors.values().forEach(p -> obtain(p.brand(), p.platform(), p.authorId()));
    }

    private static String authorKey(String brand, String platform, String authorId) {
        return "recommendation|" + brand + "|" + platform + "|" + authorId;
    }

    /**
     * The request and the praise arrive on different topics, read by different consumers: a lock per author makes
     * the second of the two transactions see the first's row, so neither order loses the match.
     */
    private void lockAuthor(String brand, String platform, String authorId) {
        lock(authorKey(brand, platform, authorId));
    }

    private void lock(String key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getSingleResult();
    }

    /** Each open request of the author takes the first praise written after it, within the window; counted once. */
    private void obtain(String brand, String platform, String authorId) {
        em.createNativeQuery("""
                WITH matched AS (
                    SELECT r.request_id, r.conversation_id, p.interaction_id, p.written_at
                    FROM care_recommendation r
                    CROSS JOIN LATERAL (
                        SELECT interaction_id, written_at FROM care_author_praise p
                        WHERE p.brand = r.brand AND p.platform = r.platform AND p.author_id = r.author_id
                          AND p.written_at > r.requested_at
                          AND p.written_at <= r.requested_at + make_interval(secs => ?4)
                        ORDER BY p.written_at LIMIT 1) p
                    WHERE r.brand = ?1 AND r.platform = ?2 AND r.author_id = ?3 AND r.obtained_at IS NULL),
                updated AS (
                    UPDATE care_recommendation r SET obtained_at = m.written_at, obtained_by = m.interaction_id
                    FROM matched m WHERE r.request_id = m.request_id
                    RETURNING r.request_id, r.conversation_id, r.obtained_at)
                INSERT INTO care_contact (brand, kind, subject, conversation_id, happened_at, by_user)
                SELECT ?1, ?5, request_id::text, conversation_id, obtained_at, NULL FROM updated
                ON CONFLICT DO NOTHING""")
                .setParameter(1, brand).setParameter(2, platform).setParameter(3, authorId)
                .setParameter(4, (double) config.recommendationWindow().toSeconds())
                .setParameter(5, RECOMMENDATION_OBTAINED).executeUpdate();
    }

    private void record(String brand, String kind, String subject, UUID conversation, Instant at, String by) {
        em.createNativeQuery("""
                INSERT INTO care_contact (brand, kind, subject, conversation_id, happened_at, by_user)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, brand).setParameter(2, kind).setParameter(3, subject).setParameter(4, conversation)
                .setParameter(5, at).setParameter(6, by).executeUpdate();
    }

    /** The brand's meaningful contacts that happened in the window (each counted at the time it happened). */
    @Transactional
    public Contacts.View count(String brand, TimeWindow window) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM care_fact WHERE brand = ?1 AND moment = 'question'
                          AND first_response_at >= ?2 AND first_response_at < ?3),
                       count(*) FILTER (WHERE kind = 'complaint_settled'),
                       count(*) FILTER (WHERE kind = 'suggestion_passed_on'),
                       count(*) FILTER (WHERE kind = 'advocate_gained'),
                       count(*) FILTER (WHERE kind = 'recommendation_requested'),
                       count(*) FILTER (WHERE kind = 'recommendation_obtained')
                FROM care_contact WHERE brand = ?1 AND happened_at >= ?2 AND happened_at < ?3""")
                .setParameter(1, brand).setParameter(2, window.from()).setParameter(3, window.to())
                .getSingleResult();
        return new Contacts.View(brand, window.from(), window.to(), n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]),
                n(r[5]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
