package io.parley.ingest.outbound;

import io.parley.ingest.linkedin.LinkedInApi;
import io.parley.ingest.meta.MetaGraphApi;
import io.parley.ingest.telegram.TelegramBotApi;
import io.parley.ingest.tiktok.TikTokBusinessApi;
import io.parley.ingest.vk.VkApi;
import io.parley.ingest.x.XApi;
import io.parley.ingest.youtube.YouTubeDataApi;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.FailureKind;
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
                new VkApi(vkVersion), new YouTubeDataApi(), new LinkedInApi(linkedinVersion), new TikTokBusinessApi())) {
            apis.put(api.platform(), api);
        }
    }

    public Optional<PlatformApi> api(Platform platform) {
        return Optional.ofNullable(apis.get(platform));
    }

    /** The request to make, or why there is none. */
    public Result requestFor(OutboundActionRequested action) {
        return requestFor(action, false);
    }

    /** As {@link #requestFor(OutboundActionRequested)}; {@code onOwnPost}: a reply's target is the brand's own post. */
    public Result requestFor(OutboundActionRequested action, boolean onOwnPost) {
        PlatformApi api = apis.get(action.platform());
        if (api == null) {
            return Result.refused("outbound actions are not supported on " + action.platform().id());
        }
        boolean needsTarget = action.action() != OutboundAction.PUBLISH_POST;
        if (needsTarget && blank(action.targetObjectId())) {
            return Result.refused(action.action().id() + " needs the platform object to act on (targetObjectId)");
        }
        boolean needsText = action.action() == OutboundAction.REPLY || action.action() == OutboundAction.EDIT_POST
                || (action.action() == OutboundAction.PUBLISH_POST && action.media().isEmpty()
                && blank(action.link()));
        if (needsText && blank(action.text())) {
            return Result.refused(action.action().id() + " needs a text");
        }
        if (action.recipientId() != null && action.action() != OutboundAction.REPLY) {
            return Result.refused("a recipient (direct message) only goes with a reply, not with " + action.action().id());
        }
        for (int i = 0; i < action.media().size(); i++) {
            var m = action.media().get(i);
            if (m == null || blank(m.url()) || !(m.url().startsWith("https://") || m.url().startsWith("http://"))) {
                return Result.refused(FailureKind.CONTENT_REFUSED, "media[" + i + "] needs an absolute http(s) url "
                        + "the platform can fetch");
            }
        }
        return api.request(action, onOwnPost);
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A request, or the reason the platform cannot be asked (and its class: unsupported unless said). */
    public record Result(Optional<PlatformRequest> request, String refusal, FailureKind kind) {
        public static Result of(PlatformRequest request) {
            return new Result(Optional.of(request), null, null);
        }

        public static Result refused(String reason) {
            return new Result(Optional.empty(), reason, FailureKind.UNSUPPORTED);
        }

        public static Result refused(FailureKind kind, String reason) {
            return new Result(Optional.empty(), reason, kind);
        }
    }
}
