package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import org.junit.jupiter.api.Test;


import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every platform shares: actions refused before any platform is asked, and the sandbox's stand-in ids. */
class PlatformRequestsTest {

    @Test
    void platformsWithoutAnApiAreRefusedWithAReason() {
        assertEquals("outbound actions are not supported on forum",
                refusal(action(OutboundAction.DELETE, Platform.FORUM, "1", "5", null)));
    }

    @Test
    void anActionWithoutATargetIsRefused() {
        assertEquals("reply needs the platform object to act on (targetObjectId)",
                refusal(action(OutboundAction.REPLY, Platform.FACEBOOK, "1234567890", " ", "hi")));
        assertEquals("hide needs the platform object to act on (targetObjectId)",
                refusal(action(OutboundAction.HIDE, Platform.X, "1", null, null)));
    }

    @Test
    void aReplyOrPostWithoutTextIsRefused() {
        assertEquals("reply needs a text", refusal(action(OutboundAction.REPLY, Platform.X, "1", "5", " ")));
        assertEquals("publish_post needs a text",
                refusal(action(OutboundAction.PUBLISH_POST, Platform.FACEBOOK, "1234567890", null, null)));
    }

    @Test
    void aRecipientOnlyGoesWithAReply() {
        assertEquals("a recipient (direct message) only goes with a reply, not with like",
                refusal(new io.parley.contracts.outbound.OutboundActionRequested(Actions.ACTION_ID,
                        OutboundAction.LIKE, Platform.X, "1", "5", null, "agent1", "o", "42")));
    }


    @Test
    void aReasonQuotingTheTokenNeverCarriesIt() {
        assertEquals("telegram refused (404): no bot REDACTED",
                LiveConnector.scrub("telegram refused (404): no bot 990000003:AAH-secret", "990000003:AAH-secret"));
    }

    @Test
    void theBackOffDoubles() {
        java.time.Duration first = java.time.Duration.ofMillis(200);
        assertEquals(java.time.Duration.ofMillis(200), LiveConnector.backoff(first, 1));
        assertEquals(java.time.Duration.ofMillis(400), LiveConnector.backoff(first, 2));
        assertEquals(java.time.Duration.ofMillis(1600), LiveConnector.backoff(first, 4));
    }
}
