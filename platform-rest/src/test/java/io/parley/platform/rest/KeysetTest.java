package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one keyset builder: the query it writes (condition, order, one row more than the page), the cursor of a page's
 * last row, and a listing paged to its end without a row twice or skipped, ties on the first key included.
 */
class KeysetTest {

    record Row(Instant at, UUID id, boolean flagged) {
    }

    static final Keyset<Row> OLDEST_FIRST = Keyset.<Row>ascending("rows")
            .instant("createdAt", Row::at).uuid("id", Row::id);

    static final Keyset<Row> NEWEST_FIRST = Keyset.<Row>descending("rows-newest")
            .instant("created_at", Row::at).uuid("id", Row::id);

    @Test
    void theFirstPageReadsOneRowMoreInTheKeysOrderAndNoCondition() {
        List<String> queries = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Page<Row> page = OLDEST_FIRST.page((q, p, rows) -> {
            queries.add(q);
            counts.add(rows);
            assertEquals(Map.of("b", "acme"), p);
            return List.of();
        }, "brand = :b", Map.of("b", "acme"), null, 20);

        assertEquals(List.of("brand = :b order by createdAt, id"), queries);
        assertEquals(List.of(21), counts, "limit + 1: whether another page follows, without counting");
        assertEquals(List.of(), page.items());
        assertNull(page.nextCursor());
        assertEquals("created_at desc, id desc", NEWEST_FIRST.orderBy());
    }

    @Test
    void theNextPageStartsAfterTheLastRowsKeys() {
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        UUID id = UUID.fromString("0b3c1f7e-6a0e-4c55-9a9b-2f1d8e0c4a11");
        String cursor = OLDEST_FIRST.cursorOf(new Row(at, id, false));

        Keyset.After after = OLDEST_FIRST.after(cursor);
        assertEquals("((createdAt > :k0) or (createdAt = :k0 and id > :k1))", after.jpql());
        assertEquals("(createdAt, id) > (:k0, :k1)", after.sql());
        assertEquals(Map.of("k0", at, "k1", id), after.parameters());

        Keyset.After before = NEWEST_FIRST.after(NEWEST_FIRST.cursorOf(new Row(at, id, false)));
        assertEquals("((created_at < :k0) or (created_at = :k0 and id < :k1))", before.jpql(), "descending");
        assertEquals("(created_at, id) < (:k0, :k1)", before.sql());

        List<String> queries = new ArrayList<>();
        OLDEST_FIRST.page((q, p, rows) -> {
            queries.add(q);
            assertEquals(Map.of("b", "acme", "k0", at, "k1", id), p);
            return List.of();
        }, "brand = :b or shared", Map.of("b", "acme"), cursor, 5);
        assertEquals(List.of("(brand = :b or shared) and ((createdAt > :k0) or (createdAt = :k0 and id > :k1))"
                + " order by createdAt, id"), queries, "the listing's own condition kept whole");
    }

    @Test
    void aListingPagedTwoAtATimeGivesEveryRowOnceInOrderTiesIncluded() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // three rows share their time: the id decides
            table.add(new Row(i < 3 ? t : t.plusSeconds(i), UUID.nameUUIDFromBytes(("row" + i).getBytes()), false));
        }
        Comparator<Row> order = Comparator.comparing(Row::at).thenComparing(Row::id);
        List<Row> expected = table.stream().sorted(order.reversed()).toList();

        List<Row> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Keyset.After after = NEWEST_FIRST.after(cursor);
            List<Row> read = table.stream().sorted(order.reversed())
                    .filter(r -> after == null || order.compare(r, new Row((Instant) after.parameters().get("k0"),
                            (UUID) after.parameters().get("k1"), false)) < 0)
                    .limit(NEWEST_FIRST.rows(2)).toList();
            Page<Row> page = NEWEST_FIRST.page(read, 2);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertEquals(expected, seen);
        assertEquals(4, pages, "7 rows, 2 a page");
    }

    @Test
    void aListingReadWholeIsOrderedAndPagedInMemoryEveryRowOnceTiesIncluded() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // three rows share their time: the id decides
            table.add(new Row(i < 3 ? t : t.minusSeconds(i), UUID.nameUUIDFromBytes(("row" + i).getBytes()), i == 1));
        }
        Comparator<Row> order = Comparator.comparing(Row::at).thenComparing(Row::id);
        Keyset<Row> textual = Keyset.<Row>ascending("rows-text").instant("at", Row::at)
                .text("rank", r -> r.flagged() ? "1" : "0").number("n", r -> r.id().hashCode());
        for (Keyset<Row> keyset : List.of(OLDEST_FIRST, NEWEST_FIRST)) {
            List<Row> expected = table.stream().sorted(keyset == OLDEST_FIRST ? order : order.reversed()).toList();
            List<Row> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Page<Row> page = keyset.pageInMemory(table, cursor, 2);
                seen.addAll(page.items());
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);
            assertEquals(expected, seen, keyset.listing());
            assertEquals(4, pages, "7 rows, 2 a page");
        }
        // a number read as an int from the row and as a long from the cursor, text compared as Java does
        List<Row> byText = new ArrayList<>();
        String cursor = null;
        do {
            Page<Row> page = textual.pageInMemory(table, cursor, 3);
            byText.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(table.stream().sorted(Comparator.comparing(Row::at).thenComparing(r -> r.flagged() ? "1" : "0")
                .thenComparingLong(r -> r.id().hashCode())).toList(), byText);
        assertEquals(List.of(), OLDEST_FIRST.pageInMemory(List.of(), null, 5).items());

        ProblemException e = assertThrows(ProblemException.class, () -> OLDEST_FIRST.pageInMemory(table,
                NEWEST_FIRST.cursorOf(table.get(0)), 2), "another listing's cursor");
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void aForeignGarbledOrUnreadableCursorIsA400NamingCursor() {
        Keyset<Row> flagged = Keyset.<Row>ascending("flagged").flag("case when x then 1 else 0 end",
                r -> r.flagged() ? 1 : 0).uuid("id", Row::id);
        Map<String, Keyset<Row>> cases = Map.of(
                "garbled!", OLDEST_FIRST,
                NEWEST_FIRST.cursorOf(new Row(Instant.now(), UUID.randomUUID(), false)), OLDEST_FIRST,
                Cursor.encode("rows", "not-an-instant", UUID.randomUUID()), OLDEST_FIRST,
                Cursor.encode("rows", Instant.now(), "not-a-uuid"), OLDEST_FIRST,
                Cursor.encode("rows", Instant.now()), OLDEST_FIRST,
                Cursor.encode("flagged", 2, UUID.randomUUID()), flagged);
        cases.forEach((bad, keyset) -> {
            ProblemException e = assertThrows(ProblemException.class, () -> keyset.after(bad), bad);
            assertEquals(400, e.type().status(), bad);
            assertEquals("cursor", e.errors().get(0).field(), bad);
        });
        UUID id = UUID.fromString("0b3c1f7e-6a0e-4c55-9a9b-2f1d8e0c4a11");
        assertEquals(Map.of("k0", 1, "k1", id),
                flagged.after(flagged.cursorOf(new Row(Instant.now(), id, true))).parameters());
    }
}
