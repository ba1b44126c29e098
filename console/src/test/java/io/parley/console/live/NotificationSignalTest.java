package io.parley.console.live;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.inbox.NotificationCreated;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notification reaches the live stream of its recipient only. */
class NotificationSignalTest {

    @Test
    void aNotificationIsASignalForItsRecipientAlone() {
        Instant now = Instant.now();
        byte[] bytes = EventJson.toBytes(Event.of(UUID.randomUUID(), "inbox-service", "acme", "manager1", now, now,
                new NotificationCreated(UUID.randomUUID(), "manager1", "conversation_breached", "/inbox", now)));
        InboxSignal signal = InboxSignals.signal(bytes).orElseThrow();
        assertEquals(InboxSignal.NOTIFICATION, signal.kind());
        assertEquals("acme", signal.brand());
        assertTrue(signal.isFor("manager1"));
        assertFalse(signal.isFor("agent1"));
    }
}
