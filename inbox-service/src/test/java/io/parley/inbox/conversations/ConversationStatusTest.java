package io.parley.inbox.conversations;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConversationStatusTest {

    @Test
    void aStatusIsReadByItsName() {
        assertEquals(ConversationStatus.open, ConversationStatus.parse("open"));
        assertEquals(ConversationStatus.answered, ConversationStatus.parse("answered"));
    }

    @Test
    void anUnknownStatusNamesTheValidOnes() {
        ProblemException e = assertThrows(ProblemException.class, () -> ConversationStatus.parse("OPEN"));
        assertEquals("status", e.errors().get(0).field());
        assertEquals("status: 'OPEN' is not a status; use one of open, answered", e.getMessage());
    }
}
