package io.parley.inbox.queue;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueueCursorTest {

    @Test
    void aCursorDecodesToWhatItEncoded() {
        QueueCursor cursor = new QueueCursor(Instant.parse("2026-11-23T09:20:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, QueueCursor.decode(cursor.encode()));
    }

    @Test
    void aForgedCursorIsAClearError() {
        ProblemException e = assertThrows(ProblemException.class, () -> QueueCursor.decode("bm9wZQ"));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void eachOrderHasItsOwnCursorAndRefusesAnothersOne() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-05T08:00:00Z");
        for (QueueCursor c : new QueueCursor[] {new QueueCursor(QueueOrder.NEWEST, 0, at, id),
                new QueueCursor(QueueOrder.OLDEST, 0, at, id), new QueueCursor(QueueOrder.PRIORITY, 1, at, id)}) {
            assertEquals(c, QueueCursor.decode(c.encode(), c.order()));
        }
        ProblemException e = assertThrows(ProblemException.class, () -> QueueCursor.decode(
                new QueueCursor(QueueOrder.NEWEST, 0, at, id).encode(), QueueOrder.DUE));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void aDueCursorIsWrittenAsBeforeThereWereOrders() {
        UUID id = UUID.fromString("6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13");
        String before = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2026-11-23T09:30:04Z|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(before, new QueueCursor(Instant.parse("2026-11-23T09:30:04Z"), id).encode());
        assertEquals(QueueOrder.DUE, QueueCursor.decode(before, QueueOrder.DUE).order());
    }

    @Test
    void aForgedPriorityRankIsRefused() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("priority|9|2026-11-23T09:30:04Z|" + UUID.randomUUID())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(ProblemException.class, () -> QueueCursor.decode(forged));
    }

    @Test
    void prioritiesRankUrgentFirstAndAnUnknownOneAsNormal() {
        assertEquals(List.of(0, 1, 2, 3, 2), java.util.stream.Stream.of("urgent", "high", "normal", "low", "odd")
                .map(QueueOrder::rank).toList());
    }
}
