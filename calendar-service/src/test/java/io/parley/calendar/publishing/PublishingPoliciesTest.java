package io.parley.calendar.publishing;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of publishing: signatures of media links, what to do about a failure, stable action ids. */
class PublishingPoliciesTest {

    static final UUID IMAGE = UUID.fromString("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091");

    @Test
    void aMediaSignatureIsTheHmacOfIdAndExpiryAndNothingElseMatches() {
        MediaSignatures s = new MediaSignatures("0123456789abcdef-test-key");
        String sig = s.sign(IMAGE, 1_765_270_800L);
        assertEquals(64, sig.length());
        assertTrue(s.matches(IMAGE, 1_765_270_800L, sig));
        assertTrue(s.matches(IMAGE, 1_765_270_800L, sig.toUpperCase()), "hex in either case");
        assertFalse(s.matches(IMAGE, 1_765_270_801L, sig));
        assertFalse(s.matches(UUID.randomUUID(), 1_765_270_800L, sig));
        assertFalse(s.matches(IMAGE, 1_765_270_800L, null));
        assertFalse(s.matches(IMAGE, 1_765_270_800L, sig.substring(2)));
        assertFalse(new MediaSignatures("another-key-of-16-chars").matches(IMAGE, 1_765_270_800L, sig));
        assertThrows(IllegalArgumentException.class, () -> new MediaSignatures("short"));
    }

    @Test
    void everyFailureSaysWhatToDo() {
        assertTrue(WhatToDo.advice("failed", "authorization", "facebook").startsWith("Reconnect the channel account"));
        assertTrue(WhatToDo.advice("failed", "content_refused", "linkedin").contains("change the text"));
        assertTrue(WhatToDo.advice("failed", "unsupported", "x").contains("by hand"));
        assertTrue(WhatToDo.advice("failed", "unknown_outcome", "x").contains("Check the account"));
        assertTrue(WhatToDo.advice("failed", "transient", "vk").contains("reschedule"));
        assertTrue(WhatToDo.advice("failed", null, "vk").contains("reschedule"));
        assertTrue(WhatToDo.advice("delayed", "authorization", "facebook").startsWith("Reconnect"));
        assertTrue(WhatToDo.advice("delayed", "rate_limited", "x").startsWith("Nothing to do"));
        assertTrue(WhatToDo.advice("unknown", "unknown_outcome", "x").contains("will not appear twice"));
    }

    @Test
    void anActionIdIsStablePerVariantAndRound() {
        UUID v = UUID.randomUUID();
        assertEquals(OutboundRequests.actionId("publish", v, 1), OutboundRequests.actionId("publish", v, 1));
        assertNotEquals(OutboundRequests.actionId("publish", v, 1), OutboundRequests.actionId("publish", v, 2));
        assertNotEquals(OutboundRequests.actionId("publish", v, 1), OutboundRequests.actionId("first_comment", v, 1));
    }

    @Test
    void onlyNetworksThatEditGetAnEditTheOthersAReply() {
        assertEquals("edit", Corrections.kindFor("facebook"));
        assertEquals("edit", Corrections.kindFor("instagram"));
        assertEquals("edit", Corrections.kindFor("telegram"));
        assertEquals("reply", Corrections.kindFor("x"));
    }
}
