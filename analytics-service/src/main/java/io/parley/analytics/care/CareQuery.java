package io.parley.analytics.care;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Platform;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which conversations a care figure is computed over: one brand's, arrived in the window, narrowed by any of the
 * dimensions. A filter with an empty value ({@code team=}) selects the conversations without one (no team, nobody
 * answering or owning, no moment or language read), so that every group a figure shows can be opened.
 */
public record CareQuery(String brand, TimeWindow window, Map<Dimension, Optional<String>> filters) {

    static final List<String> MOMENTS = List.of("complaint", "question", "suggestion", "praise");

    public CareQuery {
        filters = Collections.unmodifiableMap(new EnumMap<>(filters.isEmpty() ? new EnumMap<>(Dimension.class)
                : filters));
    }

    /** Reads the filters of a request; a bad one is a 400 naming the parameter. */
    public static Map<Dimension, Optional<String>> filters(String channel, String team, String agent, String moment,
            String language) {
        Map<Dimension, Optional<String>> f = new EnumMap<>(Dimension.class);
        if (channel != null) {
            f.put(Dimension.CHANNEL, channel.isEmpty() ? Optional.empty()
                    : QueryParams.platform("channel", channel).map(Platform::id));
        }
        text(f, Dimension.TEAM, team);
        text(f, Dimension.AGENT, agent);
        if (moment != null && !moment.isEmpty() && !MOMENTS.contains(moment)) {
            throw ProblemException.invalid("moment", "'" + Excerpt.of(moment) + "' is not a moment of truth; use one "
                    + "of " + String.join(", ", MOMENTS) + " (empty: none read)");
        }
        text(f, Dimension.MOMENT, moment);
        if (language != null && language.length() > 20) {
            throw ProblemException.invalid("language", "at most 20 characters (an ISO 639 code like pl)");
        }
        text(f, Dimension.LANGUAGE, language);
        return f;
    }

    private static void text(Map<Dimension, Optional<String>> f, Dimension d, String value) {
        if (value != null) {
            if (value.length() > 200) {
                throw ProblemException.invalid(d.id(), "at most 200 characters");
            }
            f.put(d, value.isEmpty() ? Optional.empty() : Optional.of(value));
        }
    }

    /** The SQL conditions of the query after {@code WHERE}, with named parameters set by {@link #bind}. */
    String where() {
        StringBuilder sql = new StringBuilder("brand = :brand AND received_at >= :from AND received_at < :to");
        filters.forEach((d, v) -> sql.append(" AND ").append(d.column())
                .append(v.isPresent() ? " = :f_" + d.id() : " IS NULL"));
        return sql.toString();
    }

    void bind(jakarta.persistence.Query q) {
        q.setParameter("brand", brand).setParameter("from", window.from()).setParameter("to", window.to());
        filters.forEach((d, v) -> v.ifPresent(value -> q.setParameter("f_" + d.id(), value)));
    }

    /** The filters as the answer echoes them: dimension → value, null for "none". */
    Map<String, String> echo() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        filters.forEach((d, v) -> out.put(d.id(), v.orElse(null)));
        return out;
    }
}
