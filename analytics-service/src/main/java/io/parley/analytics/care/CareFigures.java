package io.parley.analytics.care;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The care figures of the conversations that arrived in the window. A window without a whole UTC day, or narrowed by a
 * filter, is computed in SQL from its fact rows: one statement per answer, the groups and their total together
 * ({@code GROUPING SETS}), read from the index on brand and arrival time, percentiles continuous and exact
 * ({@code percentile_cont}, as the response-time figures). A window of whole days without a filter reads those days
 * from the rollups and only its part-days from the facts — whole closed UTC calendar months from {@code care_month}
 * (once built, {@link CareMonths}), the other whole days from {@code care_day}: counts and rates exact, percentiles interpolated within 1 % (docs/metrics.md,
 * "Exact and interpolated"). The histograms are added up in dense arrays ({@link DurationHistogram}).
 */
@ApplicationScoped
public class CareFigures {

    @Inject
    EntityManager em;

    @Inject
    CareConfig config;

    @Transactional
    public Care.View figures(CareQuery query, Dimension by, HoursCounted hours, Instant now) {
        Instant from = query.window().from();
        Instant to = query.window().to();
        Instant firstWholeDay = from.truncatedTo(ChronoUnit.DAYS).equals(from) ? from
                : from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant afterWholeDays = to.truncatedTo(ChronoUnit.DAYS);
        if (query.filters().isEmpty() && firstWholeDay.isBefore(afterWholeDays)) {
            return fromRollup(query, by, hours, now, firstWholeDay, afterWholeDays);
        }
        Optional<String> channel = query.filters().size() == 1
                ? query.filters().getOrDefault(Dimension.CHANNEL, Optional.empty()) : Optional.empty();
        if (by == Dimension.AGENT && channel.isPresent() && firstWholeDay.isBefore(afterWholeDays)) {
            Care.View v = agentsOfChannel(query, hours, now, channel.get(), firstWholeDay, afterWholeDays);
            if (v != null) {
                return v;
            }
        }
        return exact(query, by, hours, now);
    }

    /** The figures computed from every fact row of the window: exact percentiles. */
    @Transactional
    public Care.View exact(CareQuery query, Dimension by, HoursCounted hours, Instant now) {
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

    /**
     * The figures of a window that holds whole UTC days and no filter: the whole closed calendar months that are
     * built and not stale from the monthly rollup ({@code care_month}, {@link CareMonths}), the other whole days from
     * the daily one ({@code care_day}, kept by a trigger on the facts), the part-days at the ends from the facts,
     * added up per
     * group; the counts and rates exact, the percentiles interpolated from the durations' buckets
     * ({@link DurationHistogram}, within 1 %).
     */
    private Care.View fromRollup(CareQuery query, Dimension by, HoursCounted hours, Instant now, Instant firstWholeDay,
            Instant afterWholeDays) {
        Map<String, Sums> groups = new HashMap<>();
        LocalDate firstDay = LocalDate.ofInstant(firstWholeDay, ZoneOffset.UTC);
        LocalDate afterDays = LocalDate.ofInstant(afterWholeDays, ZoneOffset.UTC);
        LocalDate firstMonth = firstDay.getDayOfMonth() == 1 ? firstDay : firstDay.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = afterDays.withDayOfMonth(1);
        String columns = "value, conversations, answered, due_answered, due_unanswered, within_target,"
                + " ever_resolved, reopened, " + hours.ttfrColumn() + "::text, " + hours.resolutionColumn() + "::text";
        // Whole closed months built and not stale from care_month; every other whole day (the current month's, a
        // month not built yet or stale since a late change) from care_day.
        List<String> parts = new ArrayList<>();
        List<LocalDate> bounds = new ArrayList<>();
        LocalDate next = firstDay;
        for (LocalDate month : builtMonths(query.brand(), firstMonth, afterMonths)) {
            if (next.isBefore(month)) {
                parts.add("care_day WHERE brand = ?1 AND dimension = ?2 AND day >= ?%d AND day < ?%d");
                bounds.add(next);
                bounds.add(month);
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1).startsWith("care_month") && next.equals(month)) {
                bounds.set(bounds.size() - 1, month.plusMonths(1)); // a run of built months: one range
            } else {
                parts.add("care_month WHERE brand = ?1 AND dimension = ?2 AND month >= ?%d AND month < ?%d");
                bounds.add(month);
                bounds.add(month.plusMonths(1));
            }
            next = month.plusMonths(1);
        }
        if (next.isBefore(afterDays)) {
            parts.add("care_day WHERE brand = ?1 AND dimension = ?2 AND day >= ?%d AND day < ?%d");
            bounds.add(next);
            bounds.add(afterDays);
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(columns).append(" FROM ")
                    .append(String.format(java.util.Locale.ROOT, parts.get(i), 3 + 2 * i, 4 + 2 * i));
        }
        Query rollup = em.createNativeQuery(sql.toString());
        for (int i = 0; i < bounds.size(); i++) {
            rollup.setParameter(3 + i, java.sql.Date.valueOf(bounds.get(i)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> days = rollup.setParameter(1, query.brand()).setParameter(2, by.id()).getResultList();
        addRollupRows(groups, days);
        waiting(groups, query.brand(), by, now, firstWholeDay, afterWholeDays, null);
        partDays(groups, query, by, hours, now, query.window().from(), firstWholeDay, null);
        partDays(groups, query, by, hours, now, afterWholeDays, query.window().to(), null);
        return view(query, by, hours, groups);
    }

    /**
     * The figures by agent of one channel over a window with whole days. Of each closed month that is built and not
     * stale ({@link CareMonths}): the whole months from {@code care_month}'s rows of that channel's agents
     * ({@code agent/<channel>}), the month's days that the window covers in part from {@code care_channel_agent_day}
     * (written with the month); the rest — the part-days at the ends, the current month, a month not built yet or
     * stale — from the facts, one scan per stretch. Counts and rates exact, percentiles interpolated as
     * {@link #fromRollup}'s. Null when no month of the window is built (nothing would be read from a rollup: the
     * exact figures are as quick).
     */
    private Care.View agentsOfChannel(CareQuery query, HoursCounted hours, Instant now, String channel,
            Instant firstWholeDay, Instant afterWholeDays) {
        LocalDate firstDay = LocalDate.ofInstant(firstWholeDay, ZoneOffset.UTC);
        LocalDate afterDays = LocalDate.ofInstant(afterWholeDays, ZoneOffset.UTC);
        LocalDate firstMonth = firstDay.withDayOfMonth(1);
        List<LocalDate> built = builtMonths(query.brand(), firstMonth,
                afterDays.minusDays(1).withDayOfMonth(1).plusMonths(1));
        if (built.isEmpty()) {
            return null;
        }
        List<Stretch> stretches = new ArrayList<>();
        Stretch.add(stretches, Source.FACTS, query.window().from(), firstWholeDay);
        for (LocalDate m = firstMonth; m.isBefore(afterDays); m = m.plusMonths(1)) {
            LocalDate start = m.isBefore(firstDay) ? firstDay : m;
            LocalDate end = m.plusMonths(1).isAfter(afterDays) ? afterDays : m.plusMonths(1);
            Source source = !built.contains(m) ? Source.FACTS
                    : start.equals(m) && end.equals(m.plusMonths(1)) ? Source.MONTHS : Source.DAYS;
            Stretch.add(stretches, source, start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    end.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Stretch.add(stretches, Source.FACTS, afterWholeDays, query.window().to());
        Map<String, Sums> groups = new HashMap<>();
        for (Stretch s : stretches) {
            if (s.source() == Source.FACTS) {
                partDays(groups, query, Dimension.AGENT, hours, now, s.from(), s.to(), channel);
                continue;
            }
            boolean months = s.source() == Source.MONTHS;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT value, conversations, answered, due_answered,"
                    + " due_unanswered, within_target, ever_resolved, reopened, " + hours.ttfrColumn() + "::text, "
                    + hours.resolutionColumn() + "::text FROM "
                    + (months ? "care_month WHERE brand = ?1 AND dimension = ?2 AND month >= ?3 AND month < ?4"
                            : "care_channel_agent_day WHERE brand = ?1 AND channel = ?2 AND day >= ?3 AND day < ?4"))
                    .setParameter(1, query.brand()).setParameter(2, months ? "agent/" + channel : channel)
                    .setParameter(3, java.sql.Date.valueOf(LocalDate.ofInstant(s.from(), ZoneOffset.UTC)))
                    .setParameter(4, java.sql.Date.valueOf(LocalDate.ofInstant(s.to(), ZoneOffset.UTC)))
                    .getResultList();
            addRollupRows(groups, rows);
            waiting(groups, query.brand(), Dimension.AGENT, now, s.from(), s.to(), channel);
        }
        return view(query, Dimension.AGENT, hours, groups);
    }

    /** Where a stretch is read from: the facts, whole built months ({@code care_month}), days of a built month
     * ({@code care_channel_agent_day}). */
    private enum Source {
        FACTS, MONTHS, DAYS
    }

    /** A stretch {@code [from, to)} of a window read from one source. */
    private record Stretch(Source source, Instant from, Instant to) {

        /** Appends {@code [from, to)}, joined to the last stretch when it is of the same source and ends there. */
        static void add(List<Stretch> stretches, Source source, Instant from, Instant to) {
            if (!from.isBefore(to)) {
                return;
            }
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && last.source() == source && last.to().equals(from)) {
                stretches.set(stretches.size() - 1, new Stretch(source, last.from(), to));
            } else {
                stretches.add(new Stretch(source, from, to));
            }
        }
    }

    /** Adds rollup rows (value, the counts, the two histograms as JSON text) to their groups. */
    private static void addRollupRows(Map<String, Sums> groups, List<Object[]> rows) {
        for (Object[] r : rows) {
            Sums s = groups.computeIfAbsent((String) r[0], v -> new Sums());
            s.conversations += count(r[1]);
            s.answered += count(r[2]);
            s.targetDue += count(r[3]) + count(r[4]);
            s.withinTarget += count(r[5]);
            s.everResolved += count(r[6]);
            s.reopened += count(r[7]);
            s.ttfr.addJson((String) r[8]);
            s.resolution.addJson((String) r[9]);
        }
    }

    /**
     * Takes out of the base of the share within target the unanswered conversations of {@code [from, to)} (read
     * from a rollup) whose due time is still to come: they are not in it yet.
     */
    private void waiting(Map<String, Sums> groups, String brand, Dimension by, Instant now, Instant from, Instant to,
            String channel) {
        Query q = em.createNativeQuery("SELECT " + by.column() + ", count(*) FROM care_fact"
                + " WHERE brand = ?1 AND first_response_at IS NULL AND due_at IS NOT NULL AND due_at > ?2"
                + " AND received_at >= ?3 AND received_at < ?4" + (channel == null ? "" : " AND channel = ?5")
                + " GROUP BY 1")
                .setParameter(1, brand).setParameter(2, now).setParameter(3, from).setParameter(4, to);
        if (channel != null) {
            q.setParameter(5, channel);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = q.getResultList();
        for (Object[] r : waiting) {
            groups.computeIfAbsent((String) r[0], v -> new Sums()).targetDue -= count(r[1]);
        }
    }

    /** The groups, largest first, and their total, as the answer. */
    private static Care.View view(CareQuery query, Dimension by, HoursCounted hours, Map<String, Sums> groups) {
        Sums total = new Sums();
        List<Map.Entry<String, Sums>> ordered = new ArrayList<>(groups.entrySet());
        ordered.removeIf(e -> e.getValue().conversations == 0);
        ordered.sort(Comparator.comparingLong((Map.Entry<String, Sums> e) -> e.getValue().conversations).reversed()
                .thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Care.Group> out = new ArrayList<>();
        for (Map.Entry<String, Sums> e : ordered) {
            total.add(e.getValue());
            out.add(e.getValue().group(e.getKey()));
        }
        return new Care.View(query.brand(), query.window().from(), query.window().to(), by.id(), hours.id(),
                query.echo(), total.group(null), out);
    }

    /**
     * The brand's whole months in {@code [first, after)} whose {@code care_month} rows are built and not stale since,
     * in order.
     */
    private List<LocalDate> builtMonths(String brand, LocalDate first, LocalDate after) {
        if (!first.isBefore(after)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT b.month FROM care_month_built b WHERE b.brand = ?1"
                + " AND b.month >= ?2 AND b.month < ?3 AND NOT EXISTS (SELECT 1 FROM care_month_stale s"
                + " WHERE s.brand = b.brand AND s.month = b.month) ORDER BY 1")
                .setParameter(1, brand).setParameter(2, java.sql.Date.valueOf(first))
                .setParameter(3, java.sql.Date.valueOf(after)).getResultList();
        List<LocalDate> months = new ArrayList<>();
        for (Object m : rows) {
            months.add(m instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) m);
        }
        return months;
    }

    /**
     * Adds the conversations that arrived in {@code [from, to)} (of one channel, when not null) from the facts, their
     * durations in the rollups' buckets: a part of a day, or the days around a channel's built months.
     */
    private void partDays(Map<String, Sums> groups, CareQuery query, Dimension by, HoursCounted hours, Instant now,
            Instant from, Instant to, String channel) {
        if (!from.isBefore(to)) {
            return;
        }
        // One scan: the counts per group, and per group and bucket of each duration (GROUPING SETS).
        String ttfrBucket = "care_bucket(" + hours.ttfrColumn() + ")";
        String resolutionBucket = "care_bucket(" + hours.resolutionColumn() + ")";
        Query q = em.createNativeQuery("SELECT " + by.column() + ", GROUPING(" + ttfrBucket + "), GROUPING("
                + resolutionBucket + "), " + ttfrBucket + ", " + resolutionBucket + ", count(*),"
                + " count(first_response_at),"
                + " count(*) FILTER (WHERE " + Figure.TARGET_DUE.condition().replace(":now", "?4") + "),"
                + " count(*) FILTER (WHERE " + Figure.WITHIN_TARGET.condition() + "),"
                + " count(first_resolved_at), count(*) FILTER (WHERE reopened_count > 0)"
                + " FROM care_fact WHERE brand = ?1 AND received_at >= ?2 AND received_at < ?3"
                + (channel == null ? "" : " AND channel = ?5")
                + " GROUP BY GROUPING SETS ((" + by.column() + "), (" + by.column() + ", " + ttfrBucket + "), ("
                + by.column() + ", " + resolutionBucket + "))")
                .setParameter(1, query.brand()).setParameter(2, from).setParameter(3, to).setParameter(4, now);
        if (channel != null) {
            q.setParameter(5, channel);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            Sums s = groups.computeIfAbsent((String) r[0], v -> new Sums());
            boolean byTtfr = ((Number) r[1]).intValue() == 0;
            boolean byResolution = ((Number) r[2]).intValue() == 0;
            if (byTtfr) {
                if (r[3] != null) {   // the group's conversations without the duration: in no bucket
                    s.ttfr.add(((Number) r[3]).intValue(), count(r[5]));
                }
            } else if (byResolution) {
                if (r[4] != null) {
                    s.resolution.add(((Number) r[4]).intValue(), count(r[5]));
                }
            } else {
                s.conversations += count(r[5]);
                s.answered += count(r[6]);
                s.targetDue += count(r[7]);
                s.withinTarget += count(r[8]);
                s.everResolved += count(r[9]);
                s.reopened += count(r[10]);
            }
        }
    }

    /** One group's counts and durations, added up over the rollup's days and the part-days. */
    private static final class Sums {
        long conversations;
        long answered;
        long targetDue;
        long withinTarget;
        long everResolved;
        long reopened;
        final DurationHistogram ttfr = new DurationHistogram();
        final DurationHistogram resolution = new DurationHistogram();

        void add(Sums o) {
            conversations += o.conversations;
            answered += o.answered;
            targetDue += o.targetDue;
            withinTarget += o.withinTarget;
            everResolved += o.everResolved;
            reopened += o.reopened;
            ttfr.addAll(o.ttfr);
            resolution.addAll(o.resolution);
        }

        Care.Group group(String value) {
            return new Care.Group(value, conversations, Care.Rate.of(answered, conversations),
                    new Care.Durations(ttfr.percentile(0.5), ttfr.percentile(0.9), ttfr.count()),
                    Care.Rate.of(withinTarget, targetDue),
                    new Care.Durations(resolution.percentile(0.5), resolution.percentile(0.9), resolution.count()),
                    Care.Rate.of(reopened, everResolved));
        }
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

    /** The keyset of the conversations behind a figure: arrival order, then id (the index on brand and arrival). */
    static final Keyset<Care.Conversation> CONVERSATIONS = Keyset.<Care.Conversation>ascending("care-conversations")
            .instant("received_at", Care.Conversation::receivedAt).uuid("conversation_id",
                    Care.Conversation::conversationId);

    /** A page of the conversations behind a figure, in arrival order (then id), after the cursor (null: the first). */
    @Transactional
    public Page<Care.Conversation> conversations(CareQuery query, Figure figure, HoursCounted hours, Instant now,
            String cursor, int limit) {
        Keyset.After after = CONVERSATIONS.after(cursor);
        String condition = figure.condition();
        Query q = em.createNativeQuery("SELECT conversation_id, channel, team, COALESCE(first_responder, assignee),"
                + " moment, language, received_at, due_at, target_minutes, first_response_at, "
                + hours.ttfrColumn() + ","
                + " CASE WHEN met IS NOT NULL THEN met WHEN first_response_at IS NULL AND due_at <= :now THEN FALSE"
                + " END, resolved_at, " + hours.resolutionColumn() + ", reopened_count"
                + " FROM care_fact WHERE " + query.where() + " AND (" + condition + ")"
                + (after != null ? " AND " + after.sql() : "")
                + " ORDER BY " + CONVERSATIONS.orderBy() + " LIMIT :limit");
        query.bind(q);
        q.setParameter("now", now).setParameter("limit", CONVERSATIONS.rows(limit));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Care.Conversation> read = new ArrayList<>();
        for (Object[] r : rows) {
            read.add(new Care.Conversation((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], CareFacts.instant(r[6]), CareFacts.instant(r[7]), longOrNull(r[8]),
                    CareFacts.instant(r[9]), longOrNull(r[10]), (Boolean) r[11], CareFacts.instant(r[12]),
                    longOrNull(r[13]), ((Number) r[14]).intValue()));
        }
        return CONVERSATIONS.page(read, limit);
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
