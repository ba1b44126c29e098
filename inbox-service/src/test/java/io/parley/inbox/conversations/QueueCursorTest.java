package io.parley.inbox.conversations;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
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
}
