package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;

import java.util.Optional;

/**
 * The exact platform API request for an outbound action, per platform: what the sandbox records and
 * what a live connector will send. Platforms (and actions) without a request here are refused with a
 * reason rather than sent somewhere that looks right.
 */
public final class PlatformRequests {

    private final GraphApiRequests facebook;

    public PlatformRequests(String graphVersion) {
        this.facebook = new GraphApiRequests(graphVersion);
    }

    /** The request to make, or why there is none. */
    public Result requestFor(OutboundActionRequested action) {
        if (action.platform() != Platform.FACEBOOK) {
            return Result.refused(action.action().id() + " is not supported on " + action.platform().id() + " yet");
        }
        boolean needsTarget = action.action() != OutboundAction.PUBLISH_POST;
        if (needsTarget && (action.targetObjectId() == null || action.targetObjectId().isBlank())) {
            return Result.refused(action.action().id() + " needs the platform object to act on (targetObjectId)");
        }
        if (action.action() == OutboundAction.REPLY && isMessengerMessage(action.targetObjectId())) {
            // The Send API needs the person's page-scoped id, which the action does not carry.
            return Result.refused("replying to a Messenger message is not supported yet; only comments can be answered");
        }
        return facebook.requestFor(action).map(Result::of)
                .orElseGet(() -> Result.refused(action.action().id() + " is not supported on facebook"));
    }

    /** Messenger message ids ({@code m_…}, formerly {@code mid.…}), unlike Graph object ids of comments. */
    static boolean isMessengerMessage(String objectId) {
        return objectId != null && (objectId.startsWith("m_") || objectId.startsWith("mid."));
    }

    /** A request, or the reason the platform cannot be asked. */
    public record Result(Optional<PlatformRequest> request, String refusal) {
        static Result of(PlatformRequest request) {
            return new Result(Optional.of(request), null);
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
