package io.parley.analytics.care;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The care figures, computed in SQL from the fact rows of the conversations that arrived in the window: one
 * statement per answer, the groups and their total together ({@code GROUPING SETS}), read from the index on brand
 * and arrival time. Percentiles are continuous ({@code percentile_cont}, as the response-time figures).
 */
@ApplicationScoped
public class CareFigures {

    @Inject
    EntityManager em;

    @Inject
    CareConfig config;

    @Transactional
    public Care.View figures(CareQuery query, Dimension by, HoursCounted hours, Instant now) {
        String group = by.column();
        String ttfr = hours.ttfrColumn();
        String resolution = hours.resolutionColumn();
        em.createNativeQuery("SELECT set_config('work_mem', ?1, true)").setParameter(1, config.sortMemory())
                .getSingleResult();
        Query q = em.createNativeQuery("SELECT " + group + ", GROUPING(" + group + "), count(*),"
                + " count(first_response_at),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + ttfr + "),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY " + ttfr + "), count(" + ttfr + "),"
                + " count(*) FILTER (WHERE " + Figure.TARGET_DUE.condition() + "),"
                + " count(*) FILTER (WHERE " + Figure.WITHIN_TARGET.condition() + "),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + resolution + "),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY " + resolution + "), count(" + resolution + "),"
                + " count(first_resolved_at), count(*) FILTER (WHERE reopened_count > 0)"
                + " FROM care_fact WHERE " + query.where()
                + " GROUP BY GROUPING SETS ((" + group + "), ())"
                + " ORDER BY 2 DESC, 3 DESC, 1 NULLS LAST");
        query.bind(q);
        q.setParameter("now", now);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Care.Group total = group(null, null);
        List<Care.Group> groups = new ArrayList<>();
        for (Object[] r : rows) {
            if (((Number) r[1]).intValue() == 1) {
                total = group(null, r);
            } else {
                groups.add(group((String) r[0], r));
            }
        }
        return new Care.View(query.brand(), query.window().from(), query.window().to(), by.id(), hours.id(),
                query.echo(), total, groups);
    }

    private static Care.Group group(String value, Object[] r) {
        if (r == null) {
            return new Care.Group(value, 0, Care.Rate.of(0, 0), new Care.Durations(null, null, 0),
                    Care.Rate.of(0, 0), new Care.Durations(null, null, 0), Care.Rate.of(0, 0));
        }
        long conversations = count(r[2]);
        return new Care.Group(value, conversations,
                Care.Rate.of(count(r[3]), conversations),
                new Care.Durations(number(r[4]), number(r[5]), count(r[6])),
                Care.Rate.of(count(r[8]), count(r[7])),
                new Care.Durations(number(r[9]), number(r[10]), count(r[11])),
                Care.Rate.of(count(r[13]), count(r[12])));
    }

    /** A page of the conversations behind a figure, in arrival order (then id), after the cursor. */
    @Transactional
    public Care.Page conversations(CareQuery query, Figure figure, HoursCounted hours, Instant now,
            Optional<String> cursor, int limit) {
        Optional<CareCursor> after = cursor.map(CareCursor::decode);
        String condition = figure.condition();
        Query q = em.createNativeQuery("SELECT conversation_id, channel, team, COALESCE(first_responder, assignee),"
                + " moment, language, received_at, due_at, target_minutes, first_response_at, "
                + hours.ttfrColumn() + ","
                + " CASE WHEN met IS NOT NULL THEN met WHEN first_response_at IS NULL AND due_at <= :now THEN FALSE"
                + " END, resolved_at, " + hours.resolutionColumn() + ", reopened_count"
                + " FROM care_fact WHERE " + query.where() + " AND (" + condition + ")"
                + (after.isPresent() ? " AND (received_at, conversation_id) > (:afterAt, :afterId)" : "")
                + " ORDER BY received_at, conversation_id LIMIT :limit");
        query.bind(q);
        q.setParameter("now", now).setParameter("limit", limit + 1);
        after.ifPresent(c -> q.setParameter("afterAt", c.receivedAt()).setParameter("afterId", c.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Care.Conversation> page = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            page.add(new Care.Conversation((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], CareFacts.instant(r[6]), CareFacts.instant(r[7]), longOrNull(r[8]),
                    CareFacts.instant(r[9]), longOrNull(r[10]), (Boolean) r[11], CareFacts.instant(r[12]),
                    longOrNull(r[13]), ((Number) r[14]).intValue()));
        }
        String next = rows.size() > limit && !page.isEmpty()
                ? new CareCursor(page.get(page.size() - 1).receivedAt(), page.get(page.size() - 1).conversationId())
                .encode() : null;
        return new Care.Page(query.brand(), query.window().from(), query.window().to(), figure.id(), hours.id(),
                query.echo(), page, next);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
