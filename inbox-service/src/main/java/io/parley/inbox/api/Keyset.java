package io.parley.inbox.api;

import io.parley.platform.rest.Cursor;
import io.parley.platform.rest.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The keyset order of one of inbox-service's lists over a Panache entity (docs/api/README.md "Lists are pages"): the
 * sort properties, all ascending or all descending, the last one unique; the next page is the rows after the last
 * one's keys, read one row more than the page ({@link Page#LOOKAHEAD}); the cursor is platform-rest's {@link Cursor}
 * with this listing's name, so another listing's cursor is a 400 naming {@code cursor}.
 *
 * <pre>{@code
 * static final Keyset<Note> NOTES = Keyset.<Note>ascending("conversation-notes")
 *         .instant("createdAt", n -> n.createdAt).uuid("id", n -> n.id);
 * NOTES.page((q, p) -> Note.find(q, p), "conversationId = :c", Map.of("c", id), cursor, limit);
 * }</pre>
 *
 * <p>{@code find} is a lambda calling the entity's own {@code find}: a method reference ({@code Note::find}) names
 * PanacheEntityBase's, which Panache does not enhance.
 */
public final class Keyset<E> {

    private enum Kind { INSTANT, UUID, NUMBER, FLAG, TEXT }

    private record Key<E>(String property, Kind kind, Function<E, Object> value) {
    }

    private final String listing;
    private final boolean descending;
    private final List<Key<E>> keys;

    private Keyset(String listing, boolean descending, List<Key<E>> keys) {
        this.listing = listing;
        this.descending = descending;
        this.keys = keys;
    }

    /** A listing named {@code listing} (its cursors' name), first rows first. */
    public static <E> Keyset<E> ascending(String listing) {
        return new Keyset<>(listing, false, List.of());
    }

    /** A listing named {@code listing}, last rows first (newest first). */
    public static <E> Keyset<E> descending(String listing) {
        return new Keyset<>(listing, true, List.of());
    }

    public Keyset<E> instant(String property, Function<E, Object> value) {
        return with(property, Kind.INSTANT, value);
    }

    public Keyset<E> uuid(String property, Function<E, Object> value) {
        return with(property, Kind.UUID, value);
    }

    public Keyset<E> number(String property, Function<E, Object> value) {
        return with(property, Kind.NUMBER, value);
    }

    /** A 0-or-1 key: {@code expression} is a query expression (a {@code case when … then 1 else 0 end}). */
    public Keyset<E> flag(String expression, Function<E, Object> value) {
        return with(expression, Kind.FLAG, value);
    }

    public Keyset<E> text(String property, Function<E, Object> value) {
        return with(property, Kind.TEXT, value);
    }

    private Keyset<E> with(String property, Kind kind, Function<E, Object> value) {
        List<Key<E>> more = new ArrayList<>(keys);
        more.add(new Key<>(property, kind, value));
        return new Keyset<>(listing, descending, List.copyOf(more));
    }

    /** The listing's name, as its cursors carry it. */
    public String listing() {
        return listing;
    }

    /** The order by clause of this keyset, for a query of its own. */
    public String orderBy() {
        List<String> order = new ArrayList<>();
        for (Key<E> k : keys) {
            order.add(k.property() + (descending ? " desc" : ""));
        }
        return String.join(", ", order);
    }

    /**
     * The page after {@code cursor} (null: the first) of the rows matching {@code where} (a Panache query with named
     * parameters {@code params}; none of them named {@code k0}, {@code k1}, …), {@code limit} rows at most.
     */
    public Page<E> page(BiFunction<String, Map<String, Object>, PanacheQuery<E>> find, String where,
            Map<String, Object> params, String cursor, int limit) {
        Cursor.Position after = Cursor.decode(listing, cursor, keys.size());
        Map<String, Object> all = new HashMap<>(params);
        String query = where;
        if (after != null) {
            query = "(" + where + ") and " + after(after, all);
        }
        List<E> rows = find.apply(query + " order by " + orderBy(), all).range(0, limit + Page.LOOKAHEAD - 1).list();
        return Page.of(rows, limit, this::cursorOf);
    }

    /** The cursor after {@code row}. */
    public String cursorOf(E row) {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i).value().apply(row);
        }
        return Cursor.encode(listing, values);
    }

    /** {@code (k0 > :k0) or (k0 = :k0 and k1 > :k1) or …}, with the keys of {@code position} put in {@code params}. */
    private String after(Cursor.Position position, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key<E> k = keys.get(i);
            params.put("k" + i, switch (k.kind()) {
                case INSTANT -> position.instant(i);
                case UUID -> position.uuid(i);
                case NUMBER -> position.number(i);
                case FLAG -> {
                    long flag = position.number(i);
                    if (flag != 0 && flag != 1) {
                        throw io.parley.platform.problem.ProblemException.invalid(Cursor.PARAMETER,
                                "is not a cursor this API returned");
                    }
                    yield (int) flag;
                }
                case TEXT -> position.text(i);
            });
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).property() + " = :k" + j);
            }
            terms.add(k.property() + (descending ? " < :k" : " > :k") + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }
}
