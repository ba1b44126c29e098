package io.parley.ingest.outbound;

import io.parley.contracts.outbound.OutboundActionRequested;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Facebook Graph API requests for outbound actions (reply, hide, unhide, delete, like). */
public final class GraphApiRequests {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final String base;

    public GraphApiRequests(String graphVersion) {
        this.base = "https://graph.facebook.com/" + graphVersion + "/";
    }

    /** The request for the action, or empty when the Graph API has no such action. */
    public Optional<PlatformRequest> requestFor(OutboundActionRequested action) {
        String target = action.targetObjectId();
        return switch (action.action()) {
            case REPLY -> Optional.of(new PlatformRequest("POST", base + target + "/comments", FORM,
                    "message=" + URLEncoder.encode(action.text() == null ? "" : action.text(), StandardCharsets.UTF_8)));
            case HIDE -> Optional.of(new PlatformRequest("POST", base + target, FORM, "is_hidden=true"));
            case UNHIDE -> Optional.of(new PlatformRequest("POST", base + target, FORM, "is_hidden=false"));
            case DELETE -> Optional.of(new PlatformRequest("DELETE", base + target, null, null));
            case LIKE -> Optional.of(new PlatformRequest("POST", base + target + "/likes", null, null));
            case PUBLISH_POST -> Optional.of(new PlatformRequest("POST", base + action.channelAccountId() + "/feed",
                    FORM, "message=" + URLEncoder.encode(action.text() == null ? "" : action.text(),
                    StandardCharsets.UTF_8)));
        };
    }
}
