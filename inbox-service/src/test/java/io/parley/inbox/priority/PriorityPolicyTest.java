package io.parley.inbox.priority;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriorityPolicyTest {

    @Test
    void signalsSetHowPressingAConversationIs() {
        assertEquals("high", PriorityPolicy.automatic("complaint", "negative", false));
        assertEquals("normal", PriorityPolicy.automatic("complaint", "neutral", false));
        assertEquals("normal", PriorityPolicy.automatic("question", "negative", false));
        assertEquals("low", PriorityPolicy.automatic("praise", "positive", false));
        assertEquals("normal", PriorityPolicy.automatic("praise", "negative", false), "sarcastic praise is not low");
        assertEquals("normal", PriorityPolicy.automatic(null, null, false), "no signals yet");
        assertEquals("urgent", PriorityPolicy.automatic("praise", "positive", true), "a crisis comes first");
    }

    @Test
    void theInboxOnlyRaisesAndLeavesAPersonsChoiceAlone() {
        assertEquals("high", PriorityPolicy.next("low", false, "complaint", "negative", false));
        assertEquals("high", PriorityPolicy.next("high", false, "complaint", "positive", false),
                "a calmer customer does not lower it");
        assertEquals("low", PriorityPolicy.next("low", true, "complaint", "negative", true), "set by hand");
        assertEquals("urgent", PriorityPolicy.next("high", false, "complaint", "negative", true));
        assertEquals("low", PriorityPolicy.next(null, false, "praise", "neutral", false));
    }

    @Test
    void aPersonTypesOneOfTheFourLevels() {
        assertEquals(Optional.of("urgent"), PriorityPolicy.parse(" Urgent "));
        assertEquals(Optional.empty(), PriorityPolicy.parse("critical"));
        assertEquals(Optional.empty(), PriorityPolicy.parse(null));
    }
}
