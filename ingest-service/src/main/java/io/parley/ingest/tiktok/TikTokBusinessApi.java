package io.parley.ingest.tiktok;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * TikTok's Business API (v1.3, {@code https://business-api.tiktok.com/open_api/v1.3}) for the comments on a business
 * account's videos, with the account's token in the {@code Access-Token} header and the account id as
 * {@code business_id}. A TikTok interaction's platform id names its video: {@code <video>_<comment>} for a comment,
 * {@code <video>_<top-level comment>_<reply>} for a reply, so an action has what the API asks for.
 * <ul>
 * <li>reply: {@code POST /business/comment/reply/create/} under the thread's top-level comment; a comment on a video
 * (the target is a bare video id): {@code POST /business/comment/create/};</li>
 * <li>hide and unhide: {@code POST /business/comment/hide/} with {@code action} {@code HIDE} or {@code UNHIDE};</li>
 * <li>delete: {@code POST /business/comment/delete/}.</li>
 * </ul>
 * Liking a comment, private messages and publishing (a video upload) are not offered. The Business API answers
 * HTTP 200 with {@code code} 0 and {@code data}, or a non-zero {@code code} and {@code message} (also with HTTP 200):
 * 40100 is its rate limit, 40102, 40104 and 40105 a token expired, missing or revoked, 40001 a missing permission,
 * 5xxxx a passing failure (codes from TikTok's Business API documentation, not seen in a captured answer).
 */
public final class TikTokBusinessApi implements PlatformApi {

    public static final String ROOT = "https://business-api.tiktok.com";
    public static final String PREFIX = "/open_api/v1.3";
    static final int RATE_LIMITED = 40100;
    static final Set<Integer> TOKEN_REFUSED = Set.of(40102, 40104, 40105);
    static final int NO_PERMISSION = 40001;

    @Override
    public Platform platform() {
        return Platform.TIKTOK;
    }

    @Override
    public String apiRoot() {
        return ROOT;
    }

    /** The object id parts: video, top-level comment (null for a bare video), reply (null for a top-level comment). */
    record Target(String video, String comment, String reply) {
        static Target of(String id) {
            String[] parts = id.split("_", -1);
            return new Target(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        }

        String acted() {
            return reply != null ? reply : comment;
        }
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        Target t = Target.of(a.targetObjectId());
        String business = a.channelAccountId();
        return switch (a.action()) {
            case REPLY -> {
                if (a.recipientId() != null) {
                    yield PlatformRequests.Result.refused("tiktok's business API sends no private messages");
                }
                ObjectNode body = Answers.object().put("business_id", business).put("video_id", t.video());
                if (t.comment() == null) {
                    yield post("/business/comment/create/", body.put("text", a.text()), false);
                }
                yield post("/business/comment/reply/create/", body.put("comment_id", t.comment())
                        .put("text", a.text()), false);
            }
            case HIDE, UNHIDE -> t.comment() == null
                    ? PlatformRequests.Result.refused("tiktok hides comments, not videos")
                    : post("/business/comment/hide/", Answers.object().put("business_id", business)
                            .put("video_id", t.video()).put("comment_id", t.acted())
                            .put("action", a.action().name()), true);
            case DELETE -> t.comment() == null
                    ? PlatformRequests.Result.refused("deleting a tiktok video is not offered through the API")
                    : post("/business/comment/delete/", Answers.object().put("business_id", business)
                            .put("comment_id", t.acted()), true);
            case LIKE -> PlatformRequests.Result.refused("tiktok's business API cannot like comments");
            case PUBLISH_POST, EDIT_POST, DELETE_POST -> PlatformRequests.Result.refused("publishing on tiktok is a "
                    + "video upload; text posts cannot be published, changed or removed through the API");
        };
    }

    private static PlatformRequests.Result post(String path, ObjectNode body, boolean repeatable) {
        return PlatformRequests.Result.of(new PlatformRequest("POST", PREFIX + path, Map.of(), PlatformRequest.JSON,
                Answers.write(body), Credential.ACCESS_TOKEN_HEADER, repeatable));
    }

    /** The account's latest videos, newest first ({@code GET /business/video/list/}). */
    public static PlatformRequest videos(String businessId, int count) {
        return PlatformRequest.get("GET", PREFIX + "/business/video/list/?business_id=" + segment(businessId)
                + "&fields=" + segment("[\"item_id\",\"create_time\",\"caption\",\"share_url\"]")
                + "&max_count=" + count, Credential.ACCESS_TOKEN_HEADER, true);
    }

    /**
     * A page of a video's comments with their replies, newest first ({@code GET /business/comment/list/});
     * {@code cursor} is where the previous page ended (0 for the first).
     */
    public static PlatformRequest comments(String businessId, String videoId, long cursor, int count) {
        return PlatformRequest.get("GET", PREFIX + "/business/comment/list/?business_id=" + segment(businessId)
                + "&video_id=" + segment(videoId) + "&include_replies=true&sort_field=create_time&sort_order=desc"
                + "&cursor=" + cursor + "&max_count=" + count, Credential.ACCESS_TOKEN_HEADER, true);
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        JsonNode code = body.path("code");
        if (!code.isNumber()) {
            return Answers.byStatus("tiktok", response, now);
        }
        int c = code.asInt();
        if (c == 0 && response.successful()) {
            String id = Answers.text(body.path("data"), "comment_id");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        String reason = "tiktok refused (" + c + "): " + body.path("message").asText("no message");
        if (c == RATE_LIMITED || response.status() == 429) {
            return new PlatformAnswer.RateLimited(Answers.retryAfter(response, now).orElse(Duration.ofMinutes(1)),
                    reason, false);
        }
        if (TOKEN_REFUSED.contains(c) || response.status() == 401) {
            return new PlatformAnswer.Unauthorized(reason);
        }
        if (c == NO_PERMISSION) {
            return PlatformAnswer.Refused.permission(reason);
        }
        if (c >= 50000 || response.status() >= 500) {
            return new PlatformAnswer.Retry(null, reason);
        }
        return new PlatformAnswer.Refused(reason);
    }

    /** A reply whose answer was lost is looked for among the video's comments, newest first. */
    @Override
    public Optional<PlatformRequest> recent(OutboundActionRequested action, boolean onOwnPost) {
        if (action.action() != OutboundAction.REPLY || action.targetObjectId() == null) {
            return Optional.empty();
        }
        return Optional.of(comments(action.channelAccountId(), Target.of(action.targetObjectId()).video(), 0, 50));
    }

    @Override
    public Optional<PlatformRequest> nextPage(OutboundActionRequested action, boolean onOwnPost,
            PlatformResponse response) {
        JsonNode data = Answers.read(response.body()).path("data");
        if (!data.path("has_more").asBoolean(false) || action.targetObjectId() == null) {
            return Optional.empty();
        }
        return Optional.of(comments(action.channelAccountId(), Target.of(action.targetObjectId()).video(),
                data.path("cursor").asLong(0), 50));
    }

    /** The brand's own comments ({@code owner}) on a comment list page; the others cannot be the action. */
    @Override
    public List<Published> readRecent(OutboundActionRequested action, PlatformResponse response) {
        List<Published> out = new ArrayList<>();
        for (JsonNode c : Answers.read(response.body()).path("data").path("comments")) {
            if (!c.path("owner").asBoolean(false)) {
                continue;
            }
            JsonNode t = c.path("create_time");
            Instant at = null;
            try {
                at = t.isNumber() || t.isTextual() && !t.asText().isBlank()
                        ? Instant.ofEpochSecond(Long.parseLong(t.asText().trim())) : null;
            } catch (NumberFormatException e) {
                at = null;
            }
            out.add(new Published(Answers.text(c, "comment_id"), c.path("text").asText(null), null,
                    action.channelAccountId(), at));
        }
        return out;
    }

    @Override
    public String permalink(OutboundActionRequested action, String objectId) {
        return null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        ObjectNode answer = Answers.object().put("code", 0).put("message", "OK").put("request_id", sandboxId);
        ObjectNode data = answer.putObject("data");
        if (request.path().endsWith("/create/")) {
            Target t = Target.of(a.targetObjectId());
            data.put("comment_id", sandboxId).put("video_id", t.video()).put("text", a.text());
        }
        return Answers.write(answer);
    }
}
