package io.parley.ingest.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static io.parley.ingest.outbound.PlatformRequest.form;
import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * Meta Graph API for Facebook Pages and Instagram professional accounts: comment replies
 * ({@code POST /{comment}/comments}, Instagram {@code /{comment}/replies}), hide ({@code is_hidden},
 * Instagram {@code hide}), delete, like, page posts ({@code POST /{page}/feed}) and Messenger / Instagram
 * direct messages through the Send API ({@code POST /{page}/messages}, Instagram {@code /me/messages} with
 * the page token) with the recipient's scoped id.
 */
final class MetaGraphApi implements PlatformApi {

    /** Graph API throttling: application, user, page/account, custom-level (4, 17, 32, 613). */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613);

    private final Platform platform;
    private final String version;

    MetaGraphApi(Platform platform, String version) {
        this.platform = platform;
        this.version = "/" + version;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public String apiRoot() {
        return "https://graph.facebook.com";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        boolean instagram = platform == Platform.INSTAGRAM;
        String target = a.targetObjectId() == null ? null : version + "/" + segment(a.targetObjectId());
        return switch (a.action()) {
            case REPLY -> {
                if (a.recipientId() != null) {
                    ObjectNode body = Answers.object();
                    body.putObject("recipient").put("id", a.recipientId());
                    body.put("messaging_type", "RESPONSE");
                    body.putObject("message").put("text", a.text());
                    String sender = instagram ? "me" : segment(a.channelAccountId());
                    yield ok(new PlatformRequest("POST", version + "/" + sender + "/messages", Map.of(),
                            PlatformRequest.JSON, Answers.write(body), Credential.BEARER, false));
                }
                if (isMessage(a.targetObjectId())) {
                    yield PlatformRequests.Result.refused("a direct message is answered with a direct message: the "
                            + "action needs the person's id (recipientId)");
                }
                yield ok(new PlatformRequest("POST", target + (instagram ? "/replies" : "/comments"), Map.of(),
                        PlatformRequest.FORM, form("message", a.text()), Credential.BEARER, false));
            }
            case HIDE, UNHIDE -> ok(new PlatformRequest("POST", target, Map.of(), PlatformRequest.FORM,
                    form(instagram ? "hide" : "is_hidden", String.valueOf(a.action().name().equals("HIDE"))),
                    Credential.BEARER, true));
            case DELETE -> ok(PlatformRequest.get("DELETE", target, Credential.BEARER, true));
            case LIKE -> instagram
                    ? PlatformRequests.Result.refused("the Instagram API cannot like comments or posts")
                    : ok(PlatformRequest.get("POST", target + "/likes", Credential.BEARER, true));
            case PUBLISH_POST -> instagram
                    ? PlatformRequests.Result.refused("an Instagram post needs a picture or video (a media "
                    + "container); text-only posts cannot be published")
                    : ok(new PlatformRequest("POST", version + "/" + segment(a.channelAccountId()) + "/feed",
                    Map.of(), PlatformRequest.FORM, form("message", a.text()), Credential.BEARER, false));
            case EDIT_POST, DELETE_POST -> PlatformRequests.Result.refused(a.action().id()
                    + " is not supported by this gateway yet");
        };
    }

    /** Messenger message ids ({@code m_…}, formerly {@code mid.…}) and Instagram's ({@code aWdf…}). */
    static boolean isMessage(String objectId) {
        return objectId != null && (objectId.startsWith("m_") || objectId.startsWith("mid.")
                || objectId.startsWith("aWdf"));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (response.successful() && !body.has("error")) {
            String id = Answers.text(body, "message_id") != null ? Answers.text(body, "message_id")
                    : Answers.text(body, "id");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        JsonNode error = body.path("error");
        if (!error.isObject()) {
            return Answers.byStatus(platform.id(), response, now);
        }
        int code = error.path("code").asInt();
        String reason = platform.id() + " refused (Graph API error " + code
                + (error.has("error_subcode") ? "/" + error.path("error_subcode").asInt() : "") + "): "
                + error.path("message").asText("no message");
        if (THROTTLED.contains(code) || (code >= 80001 && code <= 80014)) {
            Duration wait = businessUseCaseWait(response).or(() -> Answers.retryAfter(response, now)).orElse(null);
            return new PlatformAnswer.Retry(wait, reason.replace(" refused ", " rate limited "));
        }
        if (error.path("is_transient").asBoolean(false) || code == 1 || code == 2 || response.status() >= 500) {
            return new PlatformAnswer.Retry(null, reason);
        }
        return new PlatformAnswer.Refused(reason);
    }

    /**
     * {@code X-Business-Use-Case-Usage}: {@code {"<business id>":[{"type":"pages", ...,
     * "estimated_time_to_regain_access":<minutes>}]}} — the longest of the estimates.
     */
    static java.util.Optional<Duration> businessUseCaseWait(PlatformResponse response) {
        return response.header("X-Business-Use-Case-Usage").flatMap(header -> {
            JsonNode usage = Answers.read(header);
            long minutes = 0;
            for (JsonNode perBusiness : usage) {
                for (JsonNode useCase : perBusiness) {
                    minutes = Math.max(minutes, useCase.path("estimated_time_to_regain_access").asLong(0));
                }
            }
            return minutes > 0 ? java.util.Optional.of(Duration.ofMinutes(minutes)) : java.util.Optional.empty();
        });
    }

    private static PlatformRequests.Result ok(PlatformRequest request) {
        return PlatformRequests.Result.of(request);
    }
}
