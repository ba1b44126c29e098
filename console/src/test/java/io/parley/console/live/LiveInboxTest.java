package io.parley.console.live;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.ConsoleClientRegistration;
import io.parley.console.ConsoleTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open inbox page hears of a new conversation of its user's brand through server-sent events fed by
 * the inbox's Kafka events, and never of another brand's; and of an approver's decision on its user's own
 * compensation request, never of someone else's.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class LiveInboxTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aPageHearsOfNewConversationsOfItsBrandsOnly() throws Exception {
        String origin = "http://localhost:" + console.getPort();
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin);
        var browser = new io.parley.testsupport.console.ConsoleBrowser(origin).signIn("agent1", "agent1");

        HttpResponse<InputStream> stream = browser.http().send(HttpRequest.newBuilder(URI.create(origin
                + "/bff/inbox/stream")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> data = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                lines.lines().filter(l -> l.startsWith("data:")).forEach(data::add);
            } catch (Exception ignored) {
                // the test ended and closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();

        // The consumer starts from the latest offset: keep announcing until the page has heard one.
        UUID globex = UUID.randomUUID();
        UUID acme = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            TestEvents.send(globex.toString(), opened("globex", globex));
            TestEvents.send(acme.toString(), opened("acme", acme));
            assertTrue(data.stream().anyMatch(d -> d.contains(acme.toString())), "heard: " + data);
        });
        assertTrue(data.stream().anyMatch(d -> d.contains("\"kind\":\"opened\"") && d.contains("\"brand\":\"acme\"")
                && d.contains("\"platform\":\"facebook\"")), data.toString());
        assertFalse(data.stream().anyMatch(d -> d.contains(globex.toString())), "another brand's news: " + data);

        // An approver decides: the agent who asked is told, with who decided and why; nobody else's page hears of
        // someone else's request (manager1's, decided at the same time).
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            TestEvents.send(theirs.toString(), decided(theirs, "manager1"));
            TestEvents.send(mine.toString(), decided(mine, "agent1"));
            assertTrue(data.stream().anyMatch(d -> d.contains(mine.toString())), "heard: " + data);
        });
        String told = data.stream().filter(d -> d.contains(mine.toString())).findFirst().orElseThrow();
        assertTrue(told.contains("\"kind\":\"compensation_decided\"") && told.contains("\"decision\":\"approved\"")
                && told.contains("\"decidedBy\":\"approver1\"") && told.contains("\"user\":\"agent1\"")
                && told.contains("Zgubiona paczka — zwrot 💳") && told.contains("\"amountMinor\":12000"), told);
        assertFalse(data.stream().anyMatch(d -> d.contains(theirs.toString())), "someone else's decision: " + data);
        stream.body().close();
    }

    private static Event<CompensationDecided> decided(UUID offer, String requestedBy) {
        Instant now = Instant.now();
        UUID conversation = UUID.randomUUID();
        return Event.of(UUID.randomUUID(), "inbox-service", "acme", conversation.toString(), now, now,
                new CompensationDecided(offer, conversation, "approved", 12000, "EUR", requestedBy, "approver1",
                        "Zgubiona paczka — zwrot 💳", true));
    }

    private static Event<ConversationOpened> opened(String brand, UUID conversation) {
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "inbox-service", brand, conversation.toString(), now, now,
                new ConversationOpened(conversation, Platform.FACEBOOK, UUID.randomUUID(), now,
                        now.plus(Duration.ofMinutes(30))));
    }
}
