package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Outbound actions and platform answers for the request builders' tests. */
public final class Actions {

    public static final UUID ACTION_ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static final PlatformRequests REQUESTS = new PlatformRequests("v23.0", "5.199", "202607");

    private Actions() {
    }

    public static OutboundActionRequested action(OutboundAction action, Platform platform, String account, String target,
            String text) {
        return new OutboundActionRequested(ACTION_ID, action, platform, account, target, text, "agent1",
                "conversation/c/reply/r");
    }

    public static OutboundActionRequested directMessage(Platform platform, String account, String target, String recipient,
            String text) {
        return new OutboundActionRequested(ACTION_ID, OutboundAction.REPLY, platform, account, target, text, "agent1",
                "conversation/c/reply/r", recipient);
    }

    /** The request, rendered against the platform's real root with the given token. */
    public static PlatformRequest.Call call(OutboundActionRequested action, String token) {
        PlatformRequest request = request(action);
        return request.render(REQUESTS.api(action.platform()).orElseThrow().apiRoot(), token);
    }

    public static PlatformRequest request(OutboundActionRequested action) {
        PlatformRequests.Result result = REQUESTS.requestFor(action);
        return result.request().orElseThrow(() -> new AssertionError("refused: " + result.refusal()));
    }

    public static String refusal(OutboundActionRequested action) {
        PlatformRequests.Result result = REQUESTS.requestFor(action);
        if (result.request().isPresent()) {
            throw new AssertionError("not refused: " + result.request().get());
        }
        return result.refusal();
    }

    public static PlatformAnswer answer(OutboundActionRequested action, int status, Map<String, String> headers, String body) {
        Map<String, List<String>> all = new java.util.HashMap<>();
        headers.forEach((k, v) -> all.put(k, List.of(v)));
        return REQUESTS.api(action.platform()).orElseThrow().answer(action, request(action),
                new PlatformResponse(status, all, body), java.time.Instant.parse("2026-11-23T10:00:00Z"));
    }
}
