package io.parley.inbox.queue;

import io.parley.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The orders the queue can be worked in, each with the SQL that reads it and the keyset condition that continues
 * after a cursor. Every order ends on the id, so a page boundary is exact; each has an index that walks it without a
 * sort for the open queue (V45, docs/inbox.md#queue-orders).
 * <ul>
 * <li>{@code due}: soonest due first (the overdue at the top) — the default;</li>
 * <li>{@code newest}: the latest customer message first — a comment just written is on page one;</li>
 * <li>{@code oldest}: the longest-quiet conversations first;</li>
 * <li>{@code priority}: urgent, high, normal, low; within each, soonest due first.</li>
 * </ul>
 */
public enum QueueOrder {

    DUE("due", "due_at, id", "due_at >= :afterAt AND (due_at > :afterAt OR id > :afterId)"),
    NEWEST("newest", "last_interaction_at DESC, id DESC",
            "last_interaction_at <= :afterAt AND (last_interaction_at < :afterAt OR id < :afterId)"),
    OLDEST("oldest", "last_interaction_at, id",
            "last_interaction_at >= :afterAt AND (last_interaction_at > :afterAt OR id > :afterId)"),
    PRIORITY("priority", QueueOrder.PRIORITY_RANK + ", due_at, id",
            "(" + QueueOrder.PRIORITY_RANK + ", due_at, id) > (:afterRank, :afterAt, :afterId)");

    /**
     * A priority as a number, the most pressing first. Written exactly so in the index {@code
     * conversation_awaiting_priority} (V45): PostgreSQL uses an expression index only for the same expression.
     */
    public static final String PRIORITY_RANK =
            "(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)";

    private static final Map<String, QueueOrder> BY_ID = Arrays.stream(values())
            .collect(Collectors.toMap(QueueOrder::id, o -> o));

    private final String id;
    private final String orderBy;
    private final String after;

    QueueOrder(String id, String orderBy, String after) {
        this.id = id;
        this.orderBy = orderBy;
        this.after = after;
    }

    /** The name clients use ({@code sort=newest}). */
    public String id() {
        return id;
    }

    /** The ORDER BY list (without the keywords). */
    public String orderBy() {
        return orderBy;
    }

    /** The condition that keeps only what comes after a cursor; binds {@code afterAt}, {@code afterId}, maybe {@code afterRank}. */
    public String after() {
        return after;
    }

    /** The rank of a priority level in {@link #PRIORITY} order (urgent 0 … low 3; unknown as normal). */
    public static int rank(String priority) {
        return switch (priority == null ? "normal" : priority) {
            case "urgent" -> 0;
            case "high" -> 1;
            case "low" -> 3;
            default -> 2;
        };
    }

    /** The order a parameter names; {@code null} is {@link #DUE}; anything else is a 400 naming the field. */
    public static QueueOrder parse(String field, String value) {
        if (value == null) {
            return DUE;
        }
        QueueOrder order = BY_ID.get(value.strip().toLowerCase(Locale.ROOT));
        if (order == null) {
            throw ProblemException.invalid(field, "'" + io.parley.platform.problem.Excerpt.of(value)
                    + "' is not one of due, newest, oldest, priority");
        }
        return order;
    }
}
