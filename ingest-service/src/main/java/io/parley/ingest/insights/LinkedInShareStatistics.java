package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * LinkedIn Community Management API: a post's share statistics from
 * {@code /rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=<org>&shares=List(<share>)}
 * (or {@code ugcPosts=List(...)} for a ugcPost URN) — {@code totalShareStatistics} with impressionCount,
 * uniqueImpressionsCount, likeCount, commentCount, shareCount — and the organization's followers from
 * {@code /rest/networkSizes/<org>?edgeType=COMPANY_FOLLOWED_BY_MEMBER} ({@code firstDegreeSize}). No real sample of
 * either answer could be found (shared/fixtures/platforms-out/linkedin/SOURCE.txt); the shapes follow the API's
 * documentation.
 */
final class LinkedInShareStatistics implements NetworkInsights {

    private final String version;

    LinkedInShareStatistics(String version) {
        this.version = version;
    }

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    private Map<String, String> headers() {
        return Map.of("LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0");
    }

    static String organization(String accountId) {
        return accountId.startsWith("urn:li:") ? accountId : "urn:li:organization:" + accountId;
    }

    @Override
    public PlatformRequest postFigures(String accountId, String postId) {
        String list = postId.startsWith("urn:li:ugcPost:") ? "ugcPosts" : "shares";
        return NetworkInsights.get("/rest/organizationalEntityShareStatistics?q=organizationalEntity"
                + "&organizationalEntity=" + NetworkInsights.enc(organization(accountId)) + "&" + list + "=List("
                + NetworkInsights.enc(postId) + ")", headers());
    }

    @Override
    public Optional<PostCounters> readPost(String postId, JsonNode answer) {
        JsonNode elements = answer.path("elements");
        if (!elements.isArray()) {
            return Optional.empty();
        }
        for (JsonNode e : elements) {
            String about = e.has("share") ? e.path("share").asText() : e.path("ugcPost").asText();
            if (about.isEmpty() || about.equals(postId)) {
                JsonNode s = e.path("totalShareStatistics");
                return Optional.of(new PostCounters(NetworkInsights.number(s.path("impressionCount")),
                        NetworkInsights.number(s.path("uniqueImpressionsCount")),
                        NetworkInsights.number(s.path("likeCount")), NetworkInsights.number(s.path("commentCount")),
                        NetworkInsights.number(s.path("shareCount")), null));
            }
        }
        return Optional.empty();
    }

    @Override
    public PlatformRequest followers(String accountId) {
        return NetworkInsights.get("/rest/networkSizes/" + NetworkInsights.enc(organization(accountId))
                + "?edgeType=COMPANY_FOLLOWED_BY_MEMBER", headers());
    }

    @Override
    public OptionalLong readFollowers(JsonNode answer) {
        Long count = NetworkInsights.number(answer.path("firstDegreeSize"));
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public PostCounters offered() {
        return new PostCounters(0L, 0L, 0L, 0L, 0L, null);
    }
}
