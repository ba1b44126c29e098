package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The opaque keyset cursor: what goes in comes out; anything a client made up is a 400 naming cursor. */
class CursorTest {

    @Test
    void sortKeysRoundTrip() {
        Instant at = Instant.parse("2026-12-06T20:15:30.123456Z");
        UUID id = UUID.fromString("0b3c1f7e-6a0e-4c55-9a9b-2f1d8e0c4a11");
        String cursor = Cursor.encode("schedules", at, id, 42L, "Żółw | 50% / ½");
        assertFalse(cursor.contains("="), "no padding");
        assertEquals(cursor, Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getUrlDecoder().decode(cursor)));
        Cursor.Position p = Cursor.decode("schedules", cursor, 4);
        assertEquals(at, p.instant(0));
        assertEquals(id, p.uuid(1));
        assertEquals(42L, p.number(2));
        assertEquals("Żółw | 50% / ½", p.text(3), "text keys keep '|', '%' and UTF-8");
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode("schedules", null, 1));
    }

    @Test
    void garbledTamperedOrForeignCursorsAreA400NamingCursor() {
        String good = Cursor.encode("deliveries", Instant.parse("2026-12-01T00:00:00Z"), UUID.randomUUID());
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(good), StandardCharsets.UTF_8).replace("2026-12", "2026-13")
                        .getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of("", "!!not base64!!", "%%%", good.substring(0, good.length() - 3) + "A",
                Cursor.encode("schedules", Instant.now(), UUID.randomUUID()), // another listing's
                Cursor.encode("deliveries", Instant.now()), // one key short
                "x".repeat(2000))) {
            ProblemException e = assertThrows(ProblemException.class, () -> {
                Cursor.Position p = Cursor.decode("deliveries", bad, 2);
                p.instant(0);
                p.uuid(1);
            }, bad);
            assertEquals(400, e.type().status(), bad);
            assertEquals("cursor", e.errors().get(0).field(), bad);
        }
        Cursor.Position p = Cursor.decode("deliveries", tampered, 2);
        ProblemException e = assertThrows(ProblemException.class, () -> p.instant(0));
        assertEquals("cursor", e.errors().get(0).field());
        Cursor.Position notANumber = Cursor.decode("history", Cursor.encode("history", "12a"), 1);
        assertThrows(ProblemException.class, () -> notANumber.number(0));
    }

    @Test
    void aPageReadOneLongerCarriesTheCursorOfItsLastItem() {
        Page<Integer> last = Page.of(List.of(1, 2, 3), 3, n -> Cursor.encode("n", n));
        assertEquals(List.of(1, 2, 3), last.items());
        assertNull(last.nextCursor(), "no row beyond the page: the last page");
        Page<Integer> first = Page.of(List.of(1, 2, 3, 4), 3, n -> Cursor.encode("n", n));
        assertEquals(List.of(1, 2, 3), first.items());
        assertEquals(3, Cursor.decode("n", first.nextCursor(), 1).number(0));
        assertEquals(List.of("1", "2", "3"), first.map(String::valueOf).items());
    }
}
