package io.parley.ingest.youtube;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * YouTube Data API v3 with the channel owner's OAuth token: a reply to a comment is
 * {@code comments.insert} under the thread's top-level comment ({@code snippet.parentId}); a comment on
 * a video (the target is an 11-character video id) is {@code commentThreads.insert}; hide and unhide are
 * {@code comments.setModerationStatus} ({@code heldForReview}, which can be undone, and {@code published});
 * delete is {@code comments.delete}. The API cannot like comments, publish without a video upload, or
 * send private messages. A reply's id is {@code <top-level id>.<reply id>}.
 */
public final class YouTubeDataApi implements PlatformApi {

    private static final Set<String> QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");
    private static final Set<String> RATE = Set.of("rateLimitExceeded", "userRateLimitExceeded", "backendError");

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public String apiRoot() {
        return "https://www.googleapis.com";
    }

    static boolean isVideoId(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{11}");
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        String target = a.targetObjectId();
        return switch (a.action()) {
            case REPLY -> {
                if (a.recipientId() != null) {
                    yield PlatformRequests.Result.refused("youtube has no private messages");
                }
                ObjectNode body = Answers.object();
                ObjectNode snippet = body.putObject("snippet");
                if (isVideoId(target)) {
                    snippet.put("videoId", target);
                    snippet.putObject("topLevelComment").putObject("snippet").put("textOriginal", a.text());
                    yield json("/youtube/v3/commentThreads?part=snippet", body);
                }
                int dot = target.indexOf('.');
                snippet.put("parentId", dot > 0 ? target.substring(0, dot) : target); // replies sit under the top level
                snippet.put("textOriginal", a.text());
                yield json("/youtube/v3/comments?part=snippet", body);
            }
            case HIDE, UNHIDE -> PlatformRequests.Result.of(PlatformRequest.get("POST",
                    "/youtube/v3/comments/setModerationStatus?id=" + segment(target) + "&moderationStatus="
                            + (a.action().name().equals("HIDE") ? "heldForReview" : "published"),
                    Credential.BEARER, true));
            case DELETE -> PlatformRequests.Result.of(PlatformRequest.get("DELETE",
                    "/youtube/v3/comments?id=" + segment(target), Credential.BEARER, true));
            case LIKE -> PlatformRequests.Result.refused("the YouTube Data API cannot like comments");
            case PUBLISH_POST, EDIT_POST, DELETE_POST -> PlatformRequests.Result.refused("publishing on youtube is a "
                    + "video upload; text posts cannot be published, changed or removed through the API");
        };
    }

    private static PlatformRequests.Result json(String path, ObjectNode body) {
        return PlatformRequests.Result.of(new PlatformRequest("POST", path, Map.of(), PlatformRequest.JSON,
                Answers.write(body), Credential.BEARER, false));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (response.successful()) {
            String id = Answers.text(body, "id");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        JsonNode error = body.path("error");
        if (!error.isObject()) {
            return Answers.byStatus("youtube", response, now);
        }
        String why = error.path("errors").path(0).path("reason").asText("");
        String reason = "youtube refused (" + response.status() + (why.isEmpty() ? "" : " " + why) + "): "
                + error.path("message").asText("no message");
        if (QUOTA.contains(why)) {
            // The daily quota resets at midnight Pacific time: far beyond any wait worth holding an action for.
            return new PlatformAnswer.Refused(reason + " (the daily API quota is used up; it resets at midnight "
                    + "Pacific time)");
        }
        if (response.status() == 401) {
            return new PlatformAnswer.Unauthorized(reason);
        }
        if (RATE.contains(why) && !why.equals("backendError") || response.status() == 429) {
            return new PlatformAnswer.RateLimited(Answers.retryAfter(response, now).orElse(null), reason, false);
        }
        if (why.equals("backendError") || response.status() >= 500) {
            return new PlatformAnswer.Retry(Answers.retryAfter(response, now).orElse(null), reason);
        }
        return new PlatformAnswer.Refused(reason);
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        return request.method().equals("POST") && request.body() != null ? "{\"id\":\"" + sandboxId + "\"}" : "";
    }
}
