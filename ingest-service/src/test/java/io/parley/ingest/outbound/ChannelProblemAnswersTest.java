package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answers the channel's health reads: a refused token and a missing permission, classified where the answer is
 * read (on the networks' real bodies, shared/fixtures/platforms-out) rather than parsed again from the reason.
 */
class ChannelProblemAnswersTest {

    private static String fixture(String path) {
        return new String(Fixtures.bytes("platforms-out/" + path), StandardCharsets.UTF_8);
    }

    @Test
    void graphPermissionErrorsAreMissingPermissionsAndOtherRefusalsAreNot() {
        var reply = action(OutboundAction.REPLY, Platform.FACEBOOK, "1234567890", "1234567890_1", "hi");
        PlatformAnswer ten = answer(reply, 403, Map.of(), "{\"error\":{\"message\":\"(#10) Application does not have "
                + "permission for this action\",\"type\":\"OAuthException\",\"code\":10}}");
        assertTrue(((PlatformAnswer.Refused) ten).permissionMissing());
        PlatformAnswer twoHundred = answer(reply, 403, Map.of(), "{\"error\":{\"message\":\"(#200) Requires "
                + "pages_manage_engagement permission to manage the object\",\"type\":\"OAuthException\",\"code\":200}}");
        assertTrue(((PlatformAnswer.Refused) twoHundred).permissionMissing());
        PlatformAnswer hundred = answer(reply, 400, Map.of(), fixture("meta/pyfb-error-100-object-missing-permission.json"));
        assertFalse(((PlatformAnswer.Refused) hundred).permissionMissing(),
                "code 100 is Graph's catch-all for a bad parameter or a missing object");
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(reply, 400, Map.of(),
                fixture("meta/restfb-error-oauth-190-460.json")));
    }

    @Test
    void xsClientForbiddenAnd453AreMissingPermissionsDuplicateContentIsNotAnd89IsARefusedToken() {
        var post = action(OutboundAction.REPLY, Platform.X, "1500000000000000001", "1184475546397970433", "hi");
        PlatformAnswer forbidden = answer(post, 403, Map.of(), fixture("x/x-capture-403-client-forbidden.json"));
        assertTrue(((PlatformAnswer.Refused) forbidden).permissionMissing());
        assertTrue(((PlatformAnswer.Refused) forbidden).reason().startsWith("x refused (403): When authenticating"),
                ((PlatformAnswer.Refused) forbidden).reason());
        PlatformAnswer subset = answer(post, 403, Map.of(), "{\"errors\":[{\"message\":\"You currently have access to "
                + "a subset of X API V2 endpoints and limited v1.1 endpoints only.\",\"code\":453}]}");
        assertTrue(((PlatformAnswer.Refused) subset).permissionMissing());
        PlatformAnswer duplicate = answer(post, 403, Map.of(), fixture("x/x-capture-403-duplicate-content.json"));
        assertFalse(((PlatformAnswer.Refused) duplicate).permissionMissing());
        assertEquals(new PlatformAnswer.Unauthorized("x refused the token (error 89): Invalid or expired token."),
                answer(post, 400, Map.of(), "{\"errors\":[{\"message\":\"Invalid or expired token.\",\"code\":89}]}"));
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(post, 401, Map.of(),
                fixture("x/x-capture-401-unauthorized.json")));
    }
}
