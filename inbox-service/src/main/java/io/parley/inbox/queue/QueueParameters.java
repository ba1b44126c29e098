package io.parley.inbox.queue;

import io.parley.inbox.conversations.ConversationStatus;
import io.parley.inbox.search.SearchText;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The queue's filters read from text, one way for the listing's query parameters and for a saved view's
 * {@code filters}: each value checked, and a bad one refused with a 400 naming it (with the view's prefix,
 * {@code filters.moment}). {@code assignee=me} is kept as written and becomes the caller's name when listed.
 */
public final class QueueParameters {

    /** The filters a saved view may hold, by the listing's parameter names. */
    public static final List<String> NAMES = List.of("status", "platform", "channelAccount", "moment", "language",
            "sentiment", "assignee", "team", "dueWithinMinutes", "breached", "q", "incident", "storyId", "abusive", "spam");

    static final int MAX_DUE_WITHIN = 7 * 24 * 60;
    static final List<String> MOMENTS = List.of("complaint", "question", "suggestion", "praise");
    static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");

    private QueueParameters() {
    }

    /**
     * The filter these values make. {@code me} resolves {@code assignee=me}; {@code prefix} goes before every field
     * named in a refusal. Unknown names are refused (a saved view cannot hold what the listing does not read).
     */
    public static ConversationFilter filter(Map<String, String> values, String prefix, UnaryOperator<String> me) {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                throw ProblemException.invalid(prefix + Excerpt.of(name), "is not a filter of the queue (its filters: "
                        + String.join(", ", NAMES) + ")");
            }
        }
        String p = prefix;
        return new ConversationFilter(statuses(p + "status", values.get("status")),
                QueryParams.platform(p + "platform", values.get("platform")),
                text(p + "channelAccount", values.get("channelAccount"), 200),
                oneOf(p + "moment", values.get("moment"), MOMENTS), language(p + "language", values.get("language")),
                oneOf(p + "sentiment", values.get("sentiment"), SENTIMENTS),
                text(p + "assignee", values.get("assignee"), 200).map(me),
                text(p + "team", values.get("team"), 200), dueWithin(p + "dueWithinMinutes",
                        values.get("dueWithinMinutes")), bool(p + "breached", values.get("breached")),
                search(p + "q", values.get("q")), uuid(p + "incident", values.get("incident")),
                uuid(p + "storyId", values.get("storyId")), bool(p + "abusive", values.get("abusive")),
                bool(p + "spam", values.get("spam")));
    }

    /** The values that were given, in {@link #NAMES} order (nulls left out). */
    public static Map<String, String> given(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }

    private static Set<ConversationStatus> statuses(String field, String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<ConversationStatus> statuses = EnumSet.noneOf(ConversationStatus.class);
        for (String part : value.split(",")) {
            try {
                statuses.add(ConversationStatus.parse(part.trim()));
            } catch (ProblemException e) {
                throw ProblemException.invalid(field, e.errors().isEmpty() ? e.getMessage()
                        : e.errors().get(0).message());
            }
        }
        return statuses;
    }

    private static Optional<String> text(String name, String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank() || value.length() > max) {
            throw ProblemException.invalid(name, "must be 1 to " + max + " characters");
        }
        return Optional.of(value);
    }

    private static Optional<String> oneOf(String name, String value, List<String> allowed) {
        if (value == null) {
            return Optional.empty();
        }
        if (!allowed.contains(value)) {
            throw ProblemException.invalid(name, "'" + Excerpt.of(value) + "' is not one of "
                    + String.join(", ", allowed));
        }
        return Optional.of(value);
    }

    private static Optional<String> language(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[a-z]{2,3}")) {
            throw ProblemException.invalid(name, "'" + Excerpt.of(value)
                    + "' is not an ISO 639 language code such as pl");
        }
        return Optional.of(value);
    }

    private static Optional<Duration> dueWithin(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        int minutes;
        try {
            minutes = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number, was '" + Excerpt.of(value) + "'");
        }
        if (minutes < 1 || minutes > MAX_DUE_WITHIN) {
            throw ProblemException.invalid(name, "must be between 1 and " + MAX_DUE_WITHIN + ", was " + minutes);
        }
        return Optional.of(Duration.ofMinutes(minutes));
    }

    private static Optional<Boolean> bool(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalid(name, "must be true or false, was '" + Excerpt.of(value) + "'");
        }
        return Optional.of(Boolean.parseBoolean(value));
    }

    private static Optional<String> search(String name, String q) {
        if (q == null) {
            return Optional.empty();
        }
        if (q.length() > SearchText.MAX_QUERY) {
            throw ProblemException.invalid(name, "must be at most " + SearchText.MAX_QUERY + " characters, was "
                    + q.length());
        }
        String query = SearchText.tsquery(q);
        if (query.isEmpty()) {
            throw ProblemException.invalid(name, "has no words to search for");
        }
        return Optional.of(query);
    }

    private static Optional<UUID> uuid(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (a UUID), was '" + Excerpt.of(value) + "'");
        }
    }
}
