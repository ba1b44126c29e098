package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Graph API requests the sandbox records and a live connector will send; what is refused, and why. */
class PlatformRequestsTest {

    private final PlatformRequests requests = new PlatformRequests("v23.0");

    @Test
    void aReplyIsACommentOnTheTargetWithTheTextFormEncoded() {
        PlatformRequest r = requests.requestFor(action(OutboundAction.REPLY, Platform.FACEBOOK, "10_20",
                "Dziękujemy & ❤ Где?")).request().orElseThrow();
        assertEquals("POST", r.method());
        assertEquals("https://graph.facebook.com/v23.0/10_20/comments", r.url());
        assertEquals("application/x-www-form-urlencoded", r.contentType());
        assertEquals("message=Dzi%C4%99kujemy+%26+%E2%9D%A4+%D0%93%D0%B4%D0%B5%3F", r.body());
    }

    @Test
    void theRequestNeverCarriesTheAccessToken() {
        PlatformRequest r = requests.requestFor(action(OutboundAction.REPLY, Platform.FACEBOOK, "10_20", "hi"))
                .request().orElseThrow();
        assertTrue(!r.url().contains("access_token") && !r.body().contains("access_token"));
    }

    @Test
    void hideIsAnUpdateOfTheComment() {
        PlatformRequest r = requests.requestFor(action(OutboundAction.HIDE, Platform.FACEBOOK, "10_20", null))
                .request().orElseThrow();
        assertEquals("https://graph.facebook.com/v23.0/10_20", r.url());
        assertEquals("is_hidden=true", r.body());
    }

    @Test
    void otherPlatformsAreRefusedWithAReasonNotSentToTheGraphApi() {
        PlatformRequests.Result r = requests.requestFor(action(OutboundAction.REPLY, Platform.TELEGRAM, "5", "hi"));
        assertTrue(r.request().isEmpty());
        assertEquals("reply is not supported on telegram yet", r.refusal());
    }

    @Test
    void aMessengerMessageCannotBeAnsweredAsAComment() {
        PlatformRequests.Result r = requests.requestFor(action(OutboundAction.REPLY, Platform.FACEBOOK,
                "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P", "hi"));
        assertTrue(r.request().isEmpty());
        assertTrue(r.refusal().startsWith("replying to a Messenger message is not supported yet"), r.refusal());
    }

    @Test
    void anActionWithoutATargetIsRefused() {
        PlatformRequests.Result r = requests.requestFor(action(OutboundAction.REPLY, Platform.FACEBOOK, " ", "hi"));
        assertEquals("reply needs the platform object to act on (targetObjectId)", r.refusal());
    }

    @Test
    void theFakeObjectIdIsStablePerAction() {
        UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertEquals("sandbox_0f8fad5bd9cb469f", SandboxConnector.fakeObjectId(id));
        assertEquals(SandboxConnector.fakeObjectId(id), SandboxConnector.fakeObjectId(UUID.fromString(id.toString())));
    }

    private static OutboundActionRequested action(OutboundAction action, Platform platform, String target, String text) {
        return new OutboundActionRequested(UUID.randomUUID(), action, platform, "1234567890", target, text, "agent1",
                "conversation/c/reply/r");
    }
}
