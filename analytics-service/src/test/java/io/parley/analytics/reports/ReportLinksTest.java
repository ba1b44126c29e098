package io.parley.analytics.reports;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportLinksTest {

    private final ReportLinks links = new ReportLinks("a-secret-long-enough-for-tests");
    private final Instant now = Instant.parse("2026-12-06T05:00:00Z");
    private final UUID delivery = UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

    @Test
    void aLinkWorksUntilItExpires() {
        String token = links.token(delivery, now.plus(Duration.ofDays(30)));
        assertEquals(new ReportLinks.Valid(delivery), links.verify(token, now));
        assertEquals(new ReportLinks.Valid(delivery), links.verify(token, now.plus(Duration.ofDays(30)).minusSeconds(1)));
        ReportLinks.Verdict late = links.verify(token, now.plus(Duration.ofDays(30)));
        assertEquals(new ReportLinks.Expired(delivery, now.plus(Duration.ofDays(30))), late);
    }

    @Test
    void anAlteredLinkIsNotOurs() {
        String token = links.token(delivery, now.plus(Duration.ofDays(1)));
        String[] p = token.split("\\.");
        // a later expiry, another delivery, another signature, another secret, nonsense
        String later = p[0] + "." + (Long.parseLong(p[1]) + 86_400) + "." + p[2];
        String other = UUID.randomUUID() + "." + p[1] + "." + p[2];
        String resigned = p[0] + "." + p[1] + "." + (p[2].charAt(0) == 'A' ? 'B' : 'A') + p[2].substring(1);
        String padded = p[0] + ".0" + p[1] + "." + p[2];
        for (String forged : new String[] {later, other, resigned, padded,
                new ReportLinks("another-secret-of-some-length").token(delivery, now.plusSeconds(60)),
                "", "x", "a.b.c", p[0] + "." + p[1], token + ".x", p[0] + ".12." + "%%%"}) {
            assertInstanceOf(ReportLinks.Forged.class, links.verify(forged, now), forged);
        }
        assertInstanceOf(ReportLinks.Forged.class, links.verify(null, now));
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> new ReportLinks("short"));
    }
}
