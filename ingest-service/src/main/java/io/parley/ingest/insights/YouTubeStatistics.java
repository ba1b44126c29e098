package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * YouTube Data API statistics: {@code videos.list?part=statistics} (views, likes, comments — counts as strings) and
 * {@code channels.list?part=statistics} ({@code subscriberCount}, absent when the channel hides it). YouTube gives no
 * impressions, reach or shares through the Data API.
 */
final class YouTubeStatistics implements NetworkInsights {

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public PlatformRequest postFigures(String accountId, String postId) {
        return NetworkInsights.get("/youtube/v3/videos?part=statistics&id=" + NetworkInsights.enc(postId), Map.of());
    }

    @Override
    public Optional<PostCounters> readPost(String postId, JsonNode answer) {
        JsonNode items = answer.path("items");
        if (!items.isArray() || items.isEmpty() || !items.get(0).path("statistics").isObject()) {
            return Optional.empty();
        }
        JsonNode s = items.get(0).path("statistics");
        return Optional.of(new PostCounters(null, null, NetworkInsights.number(s.path("likeCount")),
                NetworkInsights.number(s.path("commentCount")), null, NetworkInsights.number(s.path("viewCount"))));
    }

    @Override
    public PlatformRequest followers(String accountId) {
        return NetworkInsights.get("/youtube/v3/channels?part=statistics&id=" + NetworkInsights.enc(accountId),
                Map.of());
    }

    @Override
    public OptionalLong readFollowers(JsonNode answer) {
        JsonNode items = answer.path("items");
        if (!items.isArray() || items.isEmpty()) {
            return OptionalLong.empty();
        }
        JsonNode s = items.get(0).path("statistics");
        Long count = s.path("hiddenSubscriberCount").asBoolean(false) ? null
                : NetworkInsights.number(s.path("subscriberCount"));
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public PostCounters offered() {
        return new PostCounters(null, null, 0L, 0L, null, 0L);
    }
}
