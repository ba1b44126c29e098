package io.parley.inbox.notifications;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A digest of notifications, in the recipient's language: the kind and the count, each listed one with its link. */
class NotificationMailTest {

    private static NotificationMail.Item breach(String id) {
        return new NotificationMail.Item(Map.of("conversationId", id, "platform", "facebook",
                "dueAt", "2026-12-07T10:00:00Z", "targetMinutes", 60), "/inbox/" + id);
    }

    @Test
    void aDigestNamesTheKindAndTheCountAndListsEachWithItsLink() {
        NotificationMail.Message m = NotificationMail.digest("manager1@parley.example", "en-GB",
                "conversation_breached", "acme", 412, List.of(breach("c-1"), breach("c-2")), "https://console.example/");
        assertEquals("Breached due times (acme): 412", m.subject());
        assertTrue(m.text().startsWith("Notifications of this kind since the last e-mail: 412. The oldest (2) are below."),
                m.text());
        assertTrue(m.text().contains("• A Facebook conversation of acme was due at 2026-12-07 10:00 UTC (target 60 min)"),
                m.text());
        assertTrue(m.text().contains("Open the conversation: https://console.example/inbox/c-2"), m.text());
        assertTrue(m.text().contains("Open them all: https://console.example/inbox\n"), m.text());
        assertTrue(m.html().contains("<li>A Facebook conversation of acme"), m.html());
        assertTrue(m.html().contains("<a href=\"https://console.example/inbox\">Open them all</a>"), m.html());
    }

    @Test
    void aDigestIsInTheRecipientsLanguageAndEscapesWhatPeopleNamed() {
        NotificationMail.Item channel = new NotificationMail.Item(Map.of("platform", "telegram",
                "name", "Bot <b>Ωμέγα</b> 🌙", "state", "token_revoked", "previousState", "healthy",
                "whatToDo", "reconnect"), "/channels");
        Map<String, String> subjects = Map.of("pl", "Stan kanałów (acme): 3", "el", "Κατάσταση καναλιών (acme): 3",
                "ru", "Состояние каналов (acme): 3", "fr", "Channel health (acme): 3");
        subjects.forEach((locale, subject) -> {
            NotificationMail.Message m = NotificationMail.digest("admin1@parley.example", locale, "channel_health",
                    "acme", 3, List.of(channel), "http://localhost:8080");
            assertEquals(subject, m.subject(), locale);
            assertTrue(m.html().contains("Bot &lt;b&gt;Ωμέγα&lt;/b&gt; 🌙"), m.html());
            assertFalse(m.html().contains("<b>"), "a channel's name is text, never markup");
            assertTrue(m.text().contains("http://localhost:8080/channels"), m.text());
        });
        assertTrue(NotificationMail.digest("a@b", "pl", "channel_health", "acme", 3, List.of(channel), "http://c")
                .text().contains("Token unieważniony lub wygasły"), "the state in Polish words");
    }
}
