package io.parley.analytics.contacts;

import io.parley.analytics.responsetimes.ReportingWindow;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.RecommendationRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Meaningful contacts: what the brand's care achieved beyond replies, one row per thing that counts, keyed by what
 * it counts (a redelivery, or the same thing announced again, counts once). Questions answered are read from the
 * care facts (a question's first response), not kept here.
 */
@ApplicationScoped
public class ContactLedger {

    static final String COMPLAINT_SETTLED = "complaint_settled";
    static final String SUGGESTION_PASSED_ON = "suggestion_passed_on";
    static final String ADVOCATE_GAINED = "advocate_gained";
    static final String RECOMMENDATION_REQUESTED = "recommendation_requested";

    @Inject
    EntityManager em;

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
    public Contacts.View count(String brand, ReportingWindow window) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM care_fact WHERE brand = ?1 AND moment = 'question'
                          AND first_response_at >= ?2 AND first_response_at < ?3),
                       count(*) FILTER (WHERE kind = 'complaint_settled'),
                       count(*) FILTER (WHERE kind = 'suggestion_passed_on'),
                       count(*) FILTER (WHERE kind = 'advocate_gained'),
                       count(*) FILTER (WHERE kind = 'recommendation_requested')
                FROM care_contact WHERE brand = ?1 AND happened_at >= ?2 AND happened_at < ?3""")
                .setParameter(1, brand).setParameter(2, window.from()).setParameter(3, window.to())
                .getSingleResult();
        return new Contacts.View(brand, window.from(), window.to(), n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
