package io.parley.platform.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The keyset order of one list (docs/api/README.md "Lists are pages"), said once for every service: the sort keys,
 * all ascending or all descending, the last one unique; the next page is the rows after the last one's keys, read one
 * row more than the page ({@link Page#LOOKAHEAD}); the cursor is {@link Cursor} with the listing's name, so another
 * listing's (or a garbled) cursor is a 400 naming {@code cursor}.
 *
 * <p>A key is a column or expression of the query ({@code createdAt} in JPQL, {@code created_at} in SQL) and how to
 * read it from a row. Four ways to use it:
 * <pre>{@code
 * static final Keyset<Note> NOTES = Keyset.<Note>ascending("conversation-notes")
 *         .instant("createdAt", n -> n.createdAt).uuid("id", n -> n.id);
 *
 * // a JPQL/Panache query: the condition, the order and the row count are added
 * NOTES.page((q, p, rows) -> Note.<Note>find(q, p).range(0, rows - 1).list(),
 *         "conversationId = :c", Map.of("c", id), cursor, limit);
 *
 * // native SQL: the row-value comparison PostgreSQL walks an index with
 * Keyset.After after = SCHEDULES.after(cursor);             // null: the first page
 * "... WHERE brand = :brand" + (after == null ? "" : " AND " + after.sql()) + " ORDER BY " + SCHEDULES.orderBy()
 *         + " LIMIT :limit"     with after.parameters() and SCHEDULES.rows(limit)
 * return SCHEDULES.page(rows, limit);
 *
 * // a listing filtered in Java (what a query cannot say): read whole, ordered and paged here
 * return WAITING.pageInMemory(candidates, cursor, limit);
 * }</pre>
 * The condition's parameters are named {@code k0}, {@code k1}, …: a query's own parameters must not be.
 */
public final class Keyset<R> {

    private enum Kind { INSTANT, UUID, NUMBER, FLAG, TEXT }

    private record Key<R>(String expression, Kind kind, Function<R, Object> value) {
    }

    /** The prefix of the condition's parameter names: {@code k0}, {@code k1}, … */
    public static final String PARAMETER_PREFIX = "k";

    private final String listing;
    private final boolean descending;
    private final List<Key<R>> keys;

    private Keyset(String listing, boolean descending, List<Key<R>> keys) {
        this.listing = listing;
        this.descending = descending;
        this.keys = keys;
    }

    /** A listing named {@code listing} (its cursors' name), first rows first. */
    public static <R> Keyset<R> ascending(String listing) {
        return new Keyset<>(listing, false, List.of());
    }

    /** A listing named {@code listing}, last rows first (newest first). */
    public static <R> Keyset<R> descending(String listing) {
        return new Keyset<>(listing, true, List.of());
    }

    /** A key holding an instant. */
    public Keyset<R> instant(String expression, Function<R, Object> value) {
        return with(expression, Kind.INSTANT, value);
    }

    /** A key holding a UUID. */
    public Keyset<R> uuid(String expression, Function<R, Object> value) {
        return with(expression, Kind.UUID, value);
    }

    /** A key holding a whole number (a {@code long} in the query). */
    public Keyset<R> number(String expression, Function<R, Object> value) {
        return with(expression, Kind.NUMBER, value);
    }

    /** A 0-or-1 key: {@code expression} is a query expression (a {@code case when … then 1 else 0 end}). */
    public Keyset<R> flag(String expression, Function<R, Object> value) {
        return with(expression, Kind.FLAG, value);
    }

    /** A key holding text. */
    public Keyset<R> text(String expression, Function<R, Object> value) {
        return with(expression, Kind.TEXT, value);
    }

    private Keyset<R> with(String expression, Kind kind, Function<R, Object> value) {
        List<Key<R>> more = new ArrayList<>(keys);
        more.add(new Key<>(expression, kind, value));
        return new Keyset<>(listing, descending, List.copyOf(more));
    }

    /** The listing's name, as its cursors carry it. */
    public String listing() {
        return listing;
    }

    /** The order-by list of this keyset ({@code created_at, id} or {@code created_at desc, id desc}). */
    public String orderBy() {
        List<String> order = new ArrayList<>();
        for (Key<R> k : keys) {
            order.add(k.expression() + (descending ? " desc" : ""));
        }
        return String.join(", ", order);
    }

    /** How many rows a page of {@code limit} reads: one more, to know whether another page follows. */
    public int rows(int limit) {
        return limit + Page.LOOKAHEAD;
    }

    /**
     * Where the page after {@code cursor} starts: null for a null cursor (the first page); a cursor this listing did
     * not hand out, or whose keys do not read as this keyset's, is a 400 naming {@code cursor}.
     */
    public After after(String cursor) {
        Cursor.Position position = Cursor.decode(listing, cursor, keys.size());
        if (position == null) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String compare = descending ? " < " : " > ";
        for (int i = 0; i < keys.size(); i++) {
            Key<R> k = keys.get(i);
            parameters.put(PARAMETER_PREFIX + i, switch (k.kind()) {
                case INSTANT -> position.instant(i);
                case UUID -> position.uuid(i);
                case NUMBER -> position.number(i);
                case FLAG -> {
                    long flag = position.number(i);
                    if (flag != 0 && flag != 1) {
                        throw Cursor.bad();
                    }
                    yield (int) flag;
                }
                case TEXT -> position.text(i);
            });
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).expression() + " = :" + PARAMETER_PREFIX + j);
            }
            terms.add(k.expression() + compare + ":" + PARAMETER_PREFIX + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
            columns.add(k.expression());
            names.add(":" + PARAMETER_PREFIX + i);
        }
        return new After("(" + String.join(" or ", alternatives) + ")",
                "(" + String.join(", ", columns) + ")" + compare + "(" + String.join(", ", names) + ")",
                Map.copyOf(parameters));
    }

    /** The cursor after {@code row}: the listing's name and the row's keys. */
    public String cursorOf(R row) {
        return Cursor.encode(listing, values(row));
    }

    /** The page of {@code limit} from {@code rows} read in this order with {@link #rows(int)} rows at most. */
    public Page<R> page(List<R> rows, int limit) {
        return Page.of(rows, limit, this::cursorOf);
    }

    /**
     * The page after {@code cursor} (null: the first) of the rows matching {@code where} (a JPQL condition with named
     * parameters {@code params}), {@code limit} rows at most: {@code read} runs the whole query — {@code where}, the
     * keyset condition and {@code order by} — with its parameters and the most rows to return.
     */
    public Page<R> page(Read<R> read, String where, Map<String, Object> params, String cursor, int limit) {
        After after = after(cursor);
        Map<String, Object> all = new HashMap<>(params);
        String query = where;
        if (after != null) {
            all.putAll(after.parameters());
            query = "(" + where + ") and " + after.jpql();
        }
        return page(read.rows(query + " order by " + orderBy(), all, rows(limit)), limit);
    }

    /**
     * The page after {@code cursor} (null: the first) of a listing read whole and filtered in Java (what its query
     * cannot say; tens of rows, not thousands): {@code all} in this keyset's order, the keys compared as Java compares
     * their values (instants, UUIDs, numbers, text as {@link String#compareTo}), the rows after the cursor's keys,
     * {@code limit} at most. The key functions must give the kinds' values ({@code Instant}, {@code UUID}, a number,
     * a {@code String}).
     */
    public Page<R> pageInMemory(Collection<R> all, String cursor, int limit) {
        After after = after(cursor);
        Object[] mark = after == null ? null : new Object[keys.size()];
        for (int i = 0; mark != null && i < mark.length; i++) {
            mark[i] = after.parameters().get(PARAMETER_PREFIX + i);
        }
        Comparator<Object[]> order = (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                int c = compare(a[i], b[i]);
                if (c != 0) {
                    return descending ? -c : c;
                }
            }
            return 0;
        };
        return page(all.stream().map(r -> new Keyed<>(r, values(r)))
                .filter(k -> mark == null || order.compare(k.values(), mark) > 0)
                .sorted((a, b) -> order.compare(a.values(), b.values()))
                .limit(rows(limit)).map(Keyed::row).toList(), limit);
    }

    private record Keyed<R>(R row, Object[] values) {
    }

    private Object[] values(R row) {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i).value().apply(row);
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Long.compare(x.longValue(), y.longValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Runs a listing's query: the query text, its named parameters, and the most rows to return. */
    @FunctionalInterface
    public interface Read<R> {
        List<R> rows(String query, Map<String, Object> parameters, int rows);
    }

    /**
     * Where a page starts, as a condition on the keys with named parameters ({@code :k0}, {@code :k1}, …).
     *
     * @param jpql       {@code (k0 > :k0) or (k0 = :k0 and k1 > :k1) or …}: JPQL/HQL and SQL alike
     * @param sql        {@code (k0, k1) > (:k0, :k1)}: SQL's row-value comparison, which PostgreSQL reads as an index
     *                   range over the keys' index (native queries)
     * @param parameters the cursor's keys, by parameter name
     */
    public record After(String jpql, String sql, Map<String, Object> parameters) {
    }
}
