package io.parley.analytics.responsetimes;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Response-time samples, one per conversation (its id is the natural key, so a redelivered event
 * changes nothing), and the figures computed from them in SQL.
 */
@ApplicationScoped
public class ResponseTimeStore {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String brand, ConversationOpened opened) {
        em.createNativeQuery("""
                INSERT INTO conversation_opened (conversation_id, brand, platform, received_at)
                VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, opened.conversationId()).setParameter(2, brand)
                .setParameter(3, opened.platform().id()).setParameter(4, opened.receivedAt())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String brand, ConversationAnswered a) {
        em.createNativeQuery("""
                INSERT INTO response_sample (conversation_id, brand, platform, received_at, answered_at,
                    ttfr_seconds, within_target, answered_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING""")
                .setParameter(1, a.conversationId()).setParameter(2, brand).setParameter(3, a.platform().id())
                .setParameter(4, a.receivedAt()).setParameter(5, a.answeredAt())
                .setParameter(6, a.timeToFirstResponseSeconds()).setParameter(7, a.withinTarget())
                .setParameter(8, a.answeredBy())
                .executeUpdate();
    }

    /**
     * The figures of a brand (and channel): answers whose {@code answered_at} falls in the window, and
     * conversations whose first message was received in it. Percentiles are continuous
     * ({@code percentile_cont}, interpolated between samples); all aggregates are null without rows.
     */
    @Transactional
    public ResponseTimes.Figures figures(String brand, Optional<String> platform, TimeWindow window) {
        String channel = platform.map(p -> " AND platform = ?4").orElse("");
        Query samples = em.createNativeQuery("""
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY ttfr_seconds),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY ttfr_seconds),
                       avg(CASE WHEN within_target THEN 1.0 ELSE 0.0 END)
                FROM response_sample
                WHERE brand = ?1 AND answered_at >= ?2 AND answered_at < ?3""" + channel);
        Query opened = em.createNativeQuery("""
                SELECT count(*) FROM conversation_opened
                WHERE brand = ?1 AND received_at >= ?2 AND received_at < ?3""" + channel);
        for (Query q : new Query[] {samples, opened}) {
            q.setParameter(1, brand).setParameter(2, window.from()).setParameter(3, window.to());
            platform.ifPresent(p -> q.setParameter(4, p));
        }
        Object[] row = (Object[]) samples.getSingleResult();
        return new ResponseTimes.Figures(((Number) row[0]).longValue(), number(row[1]), number(row[2]),
                number(row[3]), ((Number) opened.getSingleResult()).longValue());
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
