package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform APIs outbound actions go to, by platform: the exact request for an action (what the
 * sandbox records and live delivery sends) and how to read the answer. Platforms and actions without
 * a request are refused with a reason rather than sent somewhere that looks right.
 */
public final class PlatformRequests {

    private final Map<Platform, PlatformApi> apis = new EnumMap<>(Platform.class);

    /**
     * @param graphVersion    Meta Graph API version ({@code v23.0})
     * @param vkVersion       VK API version ({@code 5.199})
     * @param linkedinVersion LinkedIn API version header ({@code YYYYMM})
     */
    public PlatformRequests(String graphVersion, String vkVersion, String linkedinVersion) {
        for (PlatformApi api : List.of(new MetaGraphApi(Platform.FACEBOOK, graphVersion),
                new MetaGraphApi(Platform.INSTAGRAM, graphVersion), new XApi(), new TelegramBotApi(),
                new VkApi(vkVersion), new YouTubeDataApi(), new LinkedInApi(linkedinVersion))) {
            apis.put(api.platform(), api);
        }
    }

    public Optional<PlatformApi> api(Platform platform) {
        return Optional.ofNullable(apis.get(platform));
    }

    /** The request to make, or why there is none. */
    public Result requestFor(OutboundActionRequested action) {
        PlatformApi api = apis.get(action.platform());
        if (api == null) {
            return Result.refused("outbound actions are not supported on " + action.platform().id());
        }
        if (action.action() == OutboundAction.EDIT_POST || action.action() == OutboundAction.DELETE_POST) {
            return Result.refused(action.action().id() + " is not supported by this gateway yet");
        }
        boolean needsTarget = action.action() != OutboundAction.PUBLISH_POST;
        if (needsTarget && blank(action.targetObjectId())) {
            return Result.refused(action.action().id() + " needs the platform object to act on (targetObjectId)");
        }
        boolean needsText = action.action() == OutboundAction.REPLY || action.action() == OutboundAction.PUBLISH_POST;
        if (needsText && blank(action.text())) {
            return Result.refused(action.action().id() + " needs a text");
        }
        if (action.recipientId() != null && action.action() != OutboundAction.REPLY) {
            return Result.refused("a recipient (direct message) only goes with a reply, not with " + action.action().id());
        }
        return api.request(action);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
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
