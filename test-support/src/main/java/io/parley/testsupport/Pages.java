package io.parley.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a paged list ({@code {"items":[…],"nextCursor":…}}, docs/api/README.md "Lists are pages") to its end, as a
 * client would: the first page without a cursor, then each page's {@code nextCursor} until it is null.
 */
public final class Pages {

    /** The items of the pages read, and how many pages it took. */
    public record Read(List<Map<String, Object>> items, int pages) {

        /** The values of {@code field} of every item, in the order read. */
        public List<Object> values(String field) {
            return items.stream().map(i -> i.get(field)).toList();
        }
    }

    private Pages() {
    }

    /**
     * Every item of a listing read {@code limit} at a time; {@code page} answers the page after a cursor (null: the
     * first) as its JSON object. Asserts that every page but the last is full and that the reading ends.
     */
    @SuppressWarnings("unchecked")
    public static Read readAll(int limit, Function<String, Map<String, Object>> page) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int read = 0;
        do {
            Map<String, Object> body = page.apply(cursor);
            assertTrue(body.containsKey("nextCursor"), "a page names its nextCursor, null on the last: " + body);
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
            cursor = (String) body.get("nextCursor");
            if (cursor != null) {
                assertEquals(limit, items.size(), "a page with a next one is full");
            }
            assertTrue(items.size() <= limit, "a page holds at most limit items");
            all.addAll(items);
            read++;
            assertTrue(read < 10_000, "the pages end");
        } while (cursor != null);
        return new Read(all, read);
    }
}
