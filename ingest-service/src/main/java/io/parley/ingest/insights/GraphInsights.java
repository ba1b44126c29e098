package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Graph API insights. Facebook: one read of the post with its insights expanded
 * ({@code /{post}?fields=shares,comments.summary(true).limit(0),insights.metric(post_impressions,
 * post_impressions_unique,post_reactions_by_type_total)}), since comments and shares are fields of the post, not
 * insights metrics. Instagram: {@code /{media}/insights?metric=reach,likes,comments,shares,views}. Followers:
 * {@code followers_count} of the Page or the Instagram account. The insights list is read in either place the Graph
 * API puts it ({@code data} of the edge, {@code insights.data} of the field); a metric's value is a number or, for
 * breakdowns by type, an object whose values add up.
 */
final class GraphInsights implements NetworkInsights {

    private final Platform platform;
    private final String version;

    GraphInsights(Platform platform, String version) {
        this.platform = platform;
        this.version = "/" + version;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public PlatformRequest postFigures(String accountId, String postId) {
        return NetworkInsights.get(platform == Platform.INSTAGRAM
                ? version + "/" + NetworkInsights.enc(postId) + "/insights?metric=reach,likes,comments,shares,views"
                : version + "/" + NetworkInsights.enc(postId) + "?fields=shares,comments.summary(true).limit(0),"
                + "insights.metric(post_impressions,post_impressions_unique,post_reactions_by_type_total)", Map.of());
    }

    @Override
    public Optional<PostCounters> readPost(String postId, JsonNode answer) {
        JsonNode metrics = answer.path("data").isArray() ? answer.path("data") : answer.path("insights").path("data");
        if (!metrics.isArray() || answer.has("error")) {
            return Optional.empty();
        }
        Long impressions = null;
        Long reach = null;
        Long reactions = null;
        Long comments = NetworkInsights.number(answer.path("comments").path("summary").path("total_count"));
        Long shares = NetworkInsights.number(answer.path("shares").path("count"));
        Long views = null;
        for (JsonNode metric : metrics) {
            Long value = value(metric);
            switch (metric.path("name").asText()) {
                case "post_impressions", "impressions" -> impressions = value;
                case "post_impressions_unique", "reach" -> reach = value;
                case "post_reactions_by_type_total", "likes" -> reactions = NetworkInsights.sum(reactions, value);
                case "comments" -> comments = value;
                case "shares" -> shares = value;
                case "views" -> views = value;
                default -> {
                    // post_reactions_like_total and the like: one reaction type each, added up
                    if (metric.path("name").asText().startsWith("post_reactions_")
                            && metric.path("name").asText().endsWith("_total")) {
                        reactions = NetworkInsights.sum(reactions, value);
                    }
                }
            }
        }
        if (platform == Platform.FACEBOOK && shares == null && answer.path("insights").isObject()) {
            shares = 0L; // a Page post nobody shared has no "shares" field at all
        }
        return Optional.of(new PostCounters(impressions, reach, reactions, comments, shares, views));
    }

    /** The latest value of a metric: a number, or the sum of a breakdown object ({"like": 3, "love": 1}). */
    private static Long value(JsonNode metric) {
        JsonNode values = metric.path("values");
        JsonNode v = values.isArray() && !values.isEmpty() ? values.get(values.size() - 1).path("value")
                : metric.path("total_value").path("value");
        if (v.isObject()) {
            long total = 0;
            for (JsonNode part : v) {
                total += part.asLong(0);
            }
            return total;
        }
        return NetworkInsights.number(v);
    }

    @Override
    public PlatformRequest followers(String accountId) {
        return NetworkInsights.get(version + "/" + NetworkInsights.enc(accountId) + "?fields=followers_count",
                Map.of());
    }

    @Override
    public OptionalLong readFollowers(JsonNode answer) {
        Long count = NetworkInsights.number(answer.path("followers_count"));
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public PostCounters offered() {
        return platform == Platform.INSTAGRAM ? new PostCounters(null, 0L, 0L, 0L, 0L, 0L)
                : new PostCounters(0L, 0L, 0L, 0L, 0L, null);
    }
}
