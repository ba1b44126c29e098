package io.parley.console.live;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.ConversationOpened;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live stream's pages: each starts with a heartbeat, hears its brands' news, is counted while connected (with
 * none connected the console parses nothing), and every page's stream ends when the console stops.
 */
class LivePagesTest {

    private final InboxSignals signals = new InboxSignals();

    @Test
    void aPageIsCountedWhileConnectedAndHearsItsBrandsNewsAfterAHeartbeat() {
        assertEquals(0, signals.pages());
        AssertSubscriber<InboxSignal> page = signals.of(Set.of("acme"), "agent1")
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        page.awaitItems(1);
        assertEquals(InboxSignal.HEARTBEAT, page.getItems().get(0).kind(), "a heartbeat first: the response starts");
        assertEquals(1, signals.pages());

        UUID acme = UUID.randomUUID();
        signals.on(opened("globex", UUID.randomUUID()));
        signals.on(opened("acme", acme));
        page.awaitItems(2);
        assertEquals(acme, page.getItems().get(1).conversationId());
        assertEquals(List.of(InboxSignal.HEARTBEAT, InboxSignal.OPENED),
                page.getItems().stream().map(InboxSignal::kind).toList(), "globex's news is not acme's page's");

        page.cancel();
        assertEquals(0, signals.pages(), "a closed page is no longer counted");
    }

    @Test
    void whenTheConsoleStopsEveryPagesStreamEnds() {
        AssertSubscriber<InboxSignal> first = signals.of(Set.of("acme"), "agent1")
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<InboxSignal> second = signals.of(Set.of("globex"), "manager1")
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        assertEquals(2, signals.pages());

        signals.stop(null);

        first.awaitCompletion(Duration.ofSeconds(5));
        second.awaitCompletion(Duration.ofSeconds(5));
        assertEquals(0, signals.pages());
    }

    private static byte[] opened(String brand, UUID conversation) {
        Instant now = Instant.now();
        return EventJson.toBytes(Event.of(UUID.randomUUID(), "inbox-service", brand, conversation.toString(), now, now,
                new ConversationOpened(conversation, Platform.FACEBOOK, UUID.randomUUID(), now,
                        now.plus(Duration.ofMinutes(30)))));
    }
}
