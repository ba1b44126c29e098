package io.parley.platform.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list endpoint answers: {@code {"items":[…],"nextCursor":"…"|null}}. Pass
 * {@code nextCursor} as {@code cursor} (with the same filters) for the next page; it is null on the last page.
 * SmallRye OpenAPI names each use after its item type ({@code Page<Reports.Schedule>} is the schema
 * {@code PageSchedule}), so each endpoint's document says what its items are.
 *
 * <p>A listing reads one row more than the page holds ({@link #LOOKAHEAD}) to know whether another page follows
 * without counting: {@link #of} keeps {@code limit} rows and, when the extra row came back, makes the cursor from
 * the last row kept.
 */
@Schema(description = "A page of a list; pass nextCursor as cursor for the next page")
public record Page<T>(
        @Schema(description = "this page's items, in the listing's order", required = true) List<T> items,
        @Schema(description = "the next page's cursor (with the same filters); null on the last page",
                example = "fDE3MzMwMDAwMDB8") String nextCursor) {

    /** How many rows more than the page a listing reads: one, to know whether another page follows. */
    public static final int LOOKAHEAD = 1;

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from {@code rows} read with {@code LIMIT limit + 1}: the first {@code limit}, and a cursor made by
     * {@code cursorOf} from the last of them when there were more.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown, cursorOf.apply(shown.get(limit - 1)));
    }

    /** The same page with its items turned into what the endpoint shows. */
    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), nextCursor);
    }
}
