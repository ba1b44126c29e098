package io.parley.ingest.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * X API v2 with a user-context OAuth 2.0 token of the brand's account: replies and posts
 * ({@code POST /2/tweets}), hide replies ({@code PUT /2/tweets/{id}/hidden}), delete, like
 * ({@code POST /2/users/{me}/likes}) and direct messages
 * ({@code POST /2/dm_conversations/with/{participant}/messages}).
 */
final class XApi implements PlatformApi {

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
            case PUBLISH_POST -> json("POST", "/2/tweets", body.put("text", a.text()), false);
            case EDIT_POST, DELETE_POST -> PlatformRequests.Result.refused(a.action().id()
                    + " is not supported by this gateway yet");
        };
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
                    : Answers.text(data, "id");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        String detail = Answers.text(body, "detail") != null ? Answers.text(body, "detail")
                : body.path("errors").path(0).path("message").asText(Answers.text(body, "title"));
        if (response.status() == 429) {
            // x-rate-limit-reset: when the window resets, in epoch seconds.
            Duration wait = response.header("x-rate-limit-reset").map(String::trim).filter(v -> v.matches("\\d+"))
                    .map(v -> Duration.between(now, Instant.ofEpochSecond(Long.parseLong(v))))
                    .map(d -> d.isNegative() ? Duration.ZERO : d)
                    .or(() -> Answers.retryAfter(response, now)).orElse(null);
            return new PlatformAnswer.Retry(wait, "x rate limited (429)" + (detail != null ? ": " + detail : ""));
        }
        PlatformAnswer general = Answers.byStatus("x", response, now);
        if (general instanceof PlatformAnswer.Refused && detail != null) {
            return new PlatformAnswer.Refused("x refused (" + response.status() + "): " + detail);
        }
        return general;
    }
}
