package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * X API v2 public metrics: {@code GET /2/tweets?ids={id}&tweet.fields=public_metrics} (likes, replies, retweets and
 * quotes; {@code impression_count} where the API gives it) and {@code GET /2/users/{id}?user.fields=public_metrics}
 * ({@code followers_count}). Retweets and quotes are shares; X gives no reach.
 */
final class XMetrics implements NetworkInsights {

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public PlatformRequest postFigures(String accountId, String postId) {
        return NetworkInsights.get("/2/tweets?ids=" + NetworkInsights.enc(postId) + "&tweet.fields=public_metrics",
                Map.of());
    }

    @Override
    public Optional<PostCounters> readPost(String postId, JsonNode answer) {
        JsonNode data = answer.path("data");
        JsonNode tweet = null;
        if (data.isArray()) {
            for (JsonNode t : data) {
                if (postId.equals(t.path("id").asText())) {
                    tweet = t;
                }
            }
        } else if (data.isObject()) {
            tweet = data;
        }
        if (tweet == null || !tweet.path("public_metrics").isObject()) {
            return Optional.empty();
        }
        JsonNode m = tweet.path("public_metrics");
        return Optional.of(new PostCounters(NetworkInsights.number(m.path("impression_count")), null,
                NetworkInsights.number(m.path("like_count")), NetworkInsights.number(m.path("reply_count")),
                NetworkInsights.sum(NetworkInsights.number(m.path("retweet_count")),
                        NetworkInsights.number(m.path("quote_count"))), null));
    }

    @Override
    public PlatformRequest followers(String accountId) {
        return NetworkInsights.get("/2/users/" + NetworkInsights.enc(accountId) + "?user.fields=public_metrics",
                Map.of());
    }

    @Override
    public OptionalLong readFollowers(JsonNode answer) {
        Long count = NetworkInsights.number(answer.path("data").path("public_metrics").path("followers_count"));
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public PostCounters offered() {
        return new PostCounters(0L, null, 0L, 0L, 0L, null);
    }
}
