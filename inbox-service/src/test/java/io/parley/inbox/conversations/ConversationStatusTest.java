package io.parley.inbox.conversations;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationStatusTest {

    @Test
    void aStatusIsReadByItsName() {
        assertEquals(ConversationStatus.open, ConversationStatus.parse("open"));
        assertEquals(ConversationStatus.answered, ConversationStatus.parse("answered"));
        assertEquals(ConversationStatus.NEW, ConversationStatus.parse("new"));
        assertEquals(ConversationStatus.pending_customer, ConversationStatus.parse("pending_customer"));
        assertEquals("new", ConversationStatus.NEW.id());
    }

    @Test
    void anUnknownStatusNamesTheValidOnes() {
        ProblemException e = assertThrows(ProblemException.class, () -> ConversationStatus.parse("OPEN"));
        assertEquals("status", e.errors().get(0).field());
        assertEquals("status: 'OPEN' is not a status; use one of new, open, pending_customer, answered, resolved", e.getMessage());
    }

    @Test
    void theTransitionTableByHand() {
        assertEquals(Set.of(ConversationStatus.open, ConversationStatus.pending_customer, ConversationStatus.resolved),
                ConversationStatus.NEW.manualTargets());
        assertEquals(Set.of(ConversationStatus.open), ConversationStatus.resolved.manualTargets());
        for (ConversationStatus s : ConversationStatus.values()) {
            // answered only by a delivered reply, new only on arrival, never to itself
            assertFalse(s.manualTargets().contains(ConversationStatus.answered));
            assertFalse(s.manualTargets().contains(ConversationStatus.NEW));
            assertFalse(s.manualTargets().contains(s));
        }
        assertTrue(ConversationStatus.NEW.awaitsBrand());
        assertTrue(ConversationStatus.open.awaitsBrand());
        assertFalse(ConversationStatus.pending_customer.awaitsBrand());
    }
}
