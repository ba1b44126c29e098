package io.parley.ingest.x;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PostText;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundMedia;

import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * X API v2 with a user-context OAuth 2.0 token of the brand's account: replies and posts
 * ({@code POST /2/tweets}), hide replies ({@code PUT /2/tweets/{id}/hidden}), delete, like
 * ({@code POST /2/users/{me}/likes}) and direct messages
 * ({@code POST /2/dm_conversations/with/{participant}/messages}).
 */
public final class XApi implements PlatformApi {

    /** X's "Invalid or expired token" (v1.1-style error body). */
    private static final int INVALID_TOKEN = 89;
    /** X's "You currently have access to a subset of X API V2 endpoints": the app's access level lacks this one. */
    private static final int NOT_PERMITTED = 453;

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public String apiRoot() {
        return "https://api.x.com";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        String target = a.targetObjectId();
        if (target != null && !target.matches("\\d+")) {
            return PlatformRequests.Result.refused("'" + target + "' is not an X post id");
        }
        ObjectNode body = Answers.object();
        return switch (a.action()) {
            case REPLY -> {
                body.put("text", a.text());
                if (a.recipientId() != null) {
                    yield json("POST", "/2/dm_conversations/with/" + segment(a.recipientId()) + "/messages", body,
                            false);
                }
                body.putObject("reply").put("in_reply_to_tweet_id", target);
                yield json("POST", "/2/tweets", body, false);
            }
            case HIDE, UNHIDE -> json("PUT", "/2/tweets/" + target + "/hidden",
                    body.put("hidden", a.action().name().equals("HIDE")), true);
            case DELETE -> PlatformRequests.Result.of(PlatformRequest.get("DELETE", "/2/tweets/" + target,
                    Credential.BEARER, true));
            case LIKE -> json("POST", "/2/users/" + segment(a.channelAccountId()) + "/likes",
                    body.put("tweet_id", target), true);
            case PUBLISH_POST -> PlatformRequests.Result.of(step(a, List.of()).orElseThrow());
            case EDIT_POST -> PlatformRequests.Result.refused(FailureKind.UNSUPPORTED, "X has no way to edit a "
                    + "published post through its API; post a correction as a reply to it");
            case DELETE_POST -> PlatformRequests.Result.of(PlatformRequest.get("DELETE", "/2/tweets/" + target,
                    Credential.BEARER, true));
        };
    }

    @Override
    public Optional<PlatformRequest> next(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        return a.action() == OutboundAction.PUBLISH_POST ? step(a, done) : Optional.empty();
    }

    /**
     * A post: each image uploaded first ({@code POST /2/media/upload}, multipart, {@code media_category=tweet_image};
     * an upload nobody sees until posted, so repeatable), then {@code POST /2/tweets} with the text (the link at its
     * end) and {@code media.media_ids}.
     */
    private Optional<PlatformRequest> step(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        List<OutboundMedia> media = a.media();
        if (done.size() < media.size()) {
            OutboundMedia m = media.get(done.size());
            return Optional.of(new PlatformRequest("POST", "/2/media/upload", Map.of(), null, null, Credential.BEARER,
                    true, new PlatformRequest.Upload(m.url(), m.contentType(), "media",
                    Map.of("media_category", "tweet_image"))));
        }
        if (done.size() > media.size()) {
            return Optional.empty();
        }
        ObjectNode body = Answers.object().put("text", PostText.withLink(a.text(), a.link()));
        if (!media.isEmpty()) {
            var ids = body.putObject("media").putArray("media_ids");
            done.forEach(d -> ids.add(d.objectId()));
        }
        return Optional.of(new PlatformRequest("POST", "/2/tweets", Map.of(), PlatformRequest.JSON,
                Answers.write(body), Credential.BEARER, false));
    }

    @Override
    public Optional<PlatformRequest> recent(OutboundActionRequested a, boolean onOwnPost) {
        if (a.recipientId() != null || (a.action() != OutboundAction.PUBLISH_POST
                && a.action() != OutboundAction.REPLY)) {
            return Optional.empty();
        }
        return Optional.of(PlatformRequest.get("GET", "/2/users/" + segment(a.channelAccountId())
                + "/tweets?max_results=20&tweet.fields=created_at,text,author_id", Credential.BEARER, true));
    }

    /** A user's timeline is paged by {@code meta.next_token}, sent back as {@code pagination_token}. */
    @Override
    public Optional<PlatformRequest> nextPage(OutboundActionRequested a, boolean onOwnPost, PlatformResponse response) {
        String token = Answers.text(Answers.read(response.body()).path("meta"), "next_token");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return recent(a, onOwnPost).map(first -> PlatformRequest.get("GET", first.path() + "&pagination_token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8), Credential.BEARER, true));
    }

    @Override
    public List<Published> readRecent(OutboundActionRequested a, PlatformResponse response) {
        List<Published> out = new java.util.ArrayList<>();
        for (JsonNode t : Answers.read(response.body()).path("data")) {
            String id = Answers.text(t, "id");
            String at = Answers.text(t, "created_at");
            out.add(new Published(id, Answers.text(t, "text"), permalink(a, id), Answers.text(t, "author_id"),
                    at == null ? null : Instant.parse(at)));
        }
        return out;
    }

    @Override
    public String permalink(OutboundActionRequested a, String objectId) {
        return objectId != null && objectId.matches("\\d+") && (a.action() == OutboundAction.PUBLISH_POST
                || a.action() == OutboundAction.REPLY && a.recipientId() == null)
                ? "https://x.com/i/web/status/" + objectId : null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        if (request.path().equals("/2/media/upload")) {
            return "{\"data\":{\"id\":\"" + sandboxId + "\",\"media_key\":\"3_" + sandboxId + "\"}}";
        }
        if (request.method().equals("DELETE")) {
            return "{\"data\":{\"deleted\":true}}";
        }
        return "{\"data\":{\"id\":\"" + sandboxId + "\",\"text\":\"\"}}";
    }

    private static PlatformRequests.Result json(String method, String path, ObjectNode body, boolean repeatable) {
        return PlatformRequests.Result.of(new PlatformRequest(method, path, Map.of(), PlatformRequest.JSON,
                Answers.write(body), Credential.BEARER, repeatable));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (response.successful()) {
            JsonNode data = body.path("data");
            String id = Answers.text(data, "dm_event_id") != null ? Answers.text(data, "dm_event_id")
                    : Answers.text(data, "id") != null ? Answers.text(data, "id") : Answers.text(body, "media_id_string");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        String detail = Answers.text(body, "detail") != null ? Answers.text(body, "detail")
                : body.path("errors").path(0).path("message").asText(Answers.text(body, "title"));
        int code = body.path("errors").path(0).path("code").asInt(0);
        if (response.status() == 401 || code == INVALID_TOKEN) {
            return new PlatformAnswer.Unauthorized("x refused the token (" + (code == INVALID_TOKEN ? "error 89"
                    : "401") + ")" + (detail != null ? ": " + detail : ""));
        }
        if (code == NOT_PERMITTED || (response.status() == 403
                && String.valueOf(Answers.text(body, "type")).endsWith("/client-forbidden"))) {
            // the app's access level or the token's scopes do not allow this endpoint: a missing permission
            return PlatformAnswer.Refused.permission("x refused (" + response.status()
                    + (code != 0 ? ", error " + code : "") + ")" + (detail != null ? ": " + detail : ""));
        }
        if (response.status() == 429) {
            // x-rate-limit-reset: when the window resets, in epoch seconds.
            Duration wait = response.header("x-rate-limit-reset").map(String::trim).filter(v -> v.matches("\\d+"))
                    .map(v -> Duration.between(now, Instant.ofEpochSecond(Long.parseLong(v))))
                    .map(d -> d.isNegative() ? Duration.ZERO : d)
                    .or(() -> Answers.retryAfter(response, now)).orElse(null);
            return new PlatformAnswer.RateLimited(wait, "x rate limited (429)" + (detail != null ? ": " + detail : ""),
                    false);
        }
        PlatformAnswer general = Answers.byStatus("x", response, now);
        if (general instanceof PlatformAnswer.Refused && detail != null) {
            return new PlatformAnswer.Refused("x refused (" + response.status() + "): " + detail);
        }
        return general;
    }
}
