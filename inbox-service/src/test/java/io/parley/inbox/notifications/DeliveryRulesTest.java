package io.parley.inbox.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of delivery: back-off, the signature scheme, and the e-mail's language. */
class DeliveryRulesTest {

    @Test
    void retriesBackOffExponentiallyWithJitterUpToTheLongestAndStopAtTheLastAttempt() {
        RetrySchedule s = new RetrySchedule(6, Duration.ofSeconds(10), Duration.ofSeconds(60));
        assertEquals(Optional.of(Duration.ofSeconds(10)), s.after(1, () -> 0.999999999));
        assertEquals(Optional.of(Duration.ofSeconds(5)), s.after(1, () -> 0.0));
        assertEquals(Optional.of(Duration.ofSeconds(20)), s.after(2, () -> 0.999999999));
        assertEquals(Optional.of(Duration.ofSeconds(40)), s.after(3, () -> 0.999999999));
        assertEquals(Optional.of(Duration.ofSeconds(60)), s.after(5, () -> 0.999999999), "capped");
        assertEquals(Optional.empty(), s.after(6, () -> 0.5), "six attempts made");
        assertTrue(RetrySchedule.retryable(null) && RetrySchedule.retryable(503) && RetrySchedule.retryable(429)
                && RetrySchedule.retryable(408));
        assertFalse(RetrySchedule.retryable(404) || RetrySchedule.retryable(410) || RetrySchedule.retryable(301));
    }

    @Test
    void theSignatureIsHmacSha256OfTimeDotBodyAsInTheDocs() {
        // The example of docs/api/webhooks.md, computed independently with:
        // printf '%s' '1733480000.{"kind":"mentioned"}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertEquals("t=1733480000,v1=b357d46a91336128a32b67d5973b58290c8977fe7004f3a4352e9248c1414fa0",
                WebhookSignature.sign("whsec_test", 1733480000L, "{\"kind\":\"mentioned\"}"));
        assertTrue(WebhookSignature.newSecret().matches("whsec_[0-9a-f]{64}"));
    }

    @Test
    void theEmailIsInTheRecipientsLanguageElseEnglishWithTheLinkAndEscapedHtml() {
        Map<String, Object> params = Map.of("title", "<Awaria> & 📱", "openedBy", "manager1", "source", "manual");
        NotificationMail.Message pl = NotificationMail.compose("a@x", "pl", "incident_opened", "acme", params,
                "https://app.example.com/", "/incidents");
        assertEquals("Otwarto incydent marki acme", pl.subject());
        assertTrue(pl.text().contains("„<Awaria> & 📱” otworzył(a) manager1"), pl.text());
        assertTrue(pl.text().contains("https://app.example.com/incidents"), pl.text());
        assertTrue(pl.html().contains("&lt;Awaria&gt; &amp; 📱"), pl.html());
        assertEquals("Открыт инцидент бренда acme", NotificationMail.compose("a@x", "ru-RU", "incident_opened",
                "acme", params, "https://app.example.com", "/incidents").subject());
        assertEquals("An incident was opened for acme", NotificationMail.compose("a@x", "de", "incident_opened",
                "acme", params, "https://app.example.com", "/incidents").subject());
        assertEquals("An incident was opened for acme", NotificationMail.compose("a@x", null, "incident_opened",
                "acme", params, "https://app.example.com", "/incidents").subject());
        assertTrue(NotificationMail.compose("a@x", "en", "conversation_breached", "acme",
                Map.of("dueAt", "2026-12-06T09:30:00Z", "platform", "facebook", "targetMinutes", 60),
                "http://c", "/inbox").text().contains("due at 2026-12-06 09:30 UTC (target 60 min)"));
    }

    @Test
    void aChannelHealthEmailNamesTheChannelInItsSubjectAndBodyAndSaysWhatToDoInWords() {
        Map<String, Object> params = Map.of("channelAccountId", "5f0c", "platform", "telegram", "name", "Nocny bot ✦",
                "state", "token_revoked", "previousState", "healthy", "whatToDo", "reconnect");
        NotificationMail.Message en = NotificationMail.compose("a@x", "en", "channel_health", "acme", params,
                "http://c", "/channels");
        assertEquals("The Telegram channel “Nocny bot ✦” of acme: Token revoked or expired", en.subject());
        assertTrue(en.text().startsWith("The Telegram channel “Nocny bot ✦” of acme went from Healthy to Token revoked "
                + "or expired. What to do: The network no longer accepts the token. Reconnect the account: give it a "
                + "new token reference"), en.text());
        assertFalse(en.text().contains("token_revoked") || en.text().contains(": reconnect"), en.text());
        assertTrue(en.html().contains("Nocny bot ✦") && en.html().contains("Reconnect the account"), en.html());
        NotificationMail.Message pl = NotificationMail.compose("a@x", "pl", "channel_health", "acme", params,
                "http://c", "/channels");
        assertEquals("Kanał Telegram „Nocny bot ✦” marki acme: Token unieważniony lub wygasły", pl.subject());
        assertTrue(pl.text().contains("„Nocny bot ✦” marki acme zmienił się z Sprawne na Token unieważniony lub "
                + "wygasły. Co zrobić: Serwis nie przyjmuje już tokenu."), pl.text());
        assertTrue(NotificationMail.compose("a@x", "el", "channel_health", "acme", params, "http://c", "/channels")
                .text().contains("«Nocny bot ✦» της acme άλλαξε από Υγιές σε"));
        assertTrue(NotificationMail.compose("a@x", "ru", "channel_health", "acme", params, "http://c", "/channels")
                .text().contains("«Nocny bot ✦» бренда acme изменилось с Исправен на Токен отозван или истёк"));
        // a state the e-mail does not know yet (a newer ingest-service) is shown as it came, not dropped
        assertTrue(NotificationMail.compose("a@x", "en", "channel_health", "acme", Map.of("platform", "mastodon",
                "name", "M", "state", "throttled", "previousState", "healthy", "whatToDo", "wait"), "http://c",
                "/channels").subject().endsWith("“M” of acme: throttled"));
    }
}
