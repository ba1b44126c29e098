package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a post read back is recognised as the one an action published. */
class PostTextTest {

    private static final Instant SENT = Instant.parse("2026-12-05T10:00:00Z");

    private static OutboundActionRequested post(String text, String marker) {
        return new OutboundActionRequested(Actions.ACTION_ID, OutboundAction.PUBLISH_POST, Platform.X, "1", null, text,
                "e", "o", null, "https://acme.example/z?pid=trk42", List.of(), marker, null);
    }

    @Test
    void theLinkIsAppendedOnlyWhenTheTextLacksIt() {
        assertEquals("Zima\n\nhttps://a.example", PostText.withLink("Zima", "https://a.example"));
        assertEquals("See https://a.example now", PostText.withLink("See https://a.example now", "https://a.example"));
        assertEquals("Zima", PostText.withLink("Zima", null));
    }

    @Test
    void theDigestIgnoresAddressesEscapesSpacingAndCase() {
        assertEquals(PostText.digest("Zima ❄ nadchodzi https://t.co/abc"), PostText.digest("zima  ❄\nNadchodzi"));
        assertEquals(PostText.digest("Zima \\(nowa\\) \\#kolekcja"), PostText.digest("Zima (nowa) #kolekcja"));
        assertFalse(PostText.digest("Zima").equals(PostText.digest("Lato")));
    }

    @Test
    void aPostIsOursByItsMarkerOrItsTextAndNeverWhenOlderThanTheAttempt() {
        var action = post("Zima ❄", "trk42");
        assertTrue(PostText.isOurs(action, new PlatformApi.Published("9", "Other words https://acme.example/z?pid=trk42",
                null, null, SENT), SENT, null));
        assertTrue(PostText.isOurs(action, new PlatformApi.Published("9", "Zima ❄ https://t.co/xyz", null, null,
                SENT.plusSeconds(2)), SENT, null));
        assertFalse(PostText.isOurs(action, new PlatformApi.Published("8", "Zima ❄", null, null,
                SENT.minusSeconds(3600)), SENT, null), "last week's identical post is not this one");
        assertFalse(PostText.isOurs(action, new PlatformApi.Published("7", "Lato", null, null, SENT), SENT, null));
        assertFalse(PostText.isOurs(action, new PlatformApi.Published("6", "Zima ❄", null, "999", SENT), SENT, "1"),
                "a comment by someone else is not ours");
    }
}
