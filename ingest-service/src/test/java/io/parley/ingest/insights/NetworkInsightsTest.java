package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.Fixtures;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each network's figures read from the networks' real answers (shared/fixtures/platforms-out, copied under
 * src/test/resources/fixtures/platforms-out with their SOURCE.txt), the requests that ask for them, and the errors
 * those networks answer read by the outbound rules as a rate limit or a refused token.
 */
class NetworkInsightsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Platform, NetworkInsights> NETWORKS = new java.util.EnumMap<>(Platform.class);

    static {
        for (NetworkInsights n : InsightsConnectors.networks("v23.0", "5.199", "202607")) {
            NETWORKS.put(n.platform(), n);
        }
    }

    private static JsonNode fixture(String path) throws IOException {
        return JSON.readTree(Fixtures.bytes("platforms-out/" + path));
    }

    @Test
    void facebookPostInsights() throws IOException {
        NetworkInsights facebook = NETWORKS.get(Platform.FACEBOOK);
        // restfb's /{post}/insights answer: reach 38 (post_impressions_unique), 1 like reaction
        PostCounters c = facebook.readPost("188678681324457_1391908564334790",
                fixture("meta/restfb-post-insights.json")).orElseThrow();
        assertEquals(new PostCounters(null, 38L, 1L, null, null, null), c);
        assertEquals("/v23.0/1234567890_777?fields=shares,comments.summary(true).limit(0),insights.metric("
                + "post_impressions,post_impressions_unique,post_reactions_by_type_total)",
                facebook.postFigures("1234567890", "1234567890_777").path());
        // the field-expanded read the connector makes: comments and shares beside the insights
        JsonNode expanded = JSON.readTree("""
                {"shares":{"count":4},"comments":{"data":[],"summary":{"order":"ranked","total_count":7}},
                 "insights":{"data":[{"name":"post_impressions","period":"lifetime","values":[{"value":1200}]},
                   {"name":"post_impressions_unique","period":"lifetime","values":[{"value":800}]},
                   {"name":"post_reactions_by_type_total","period":"lifetime","values":[{"value":{"like":30,"love":5}}]}]},
                 "id":"1234567890_777"}""");
        assertEquals(new PostCounters(1200L, 800L, 35L, 7L, 4L, null),
                facebook.readPost("1234567890_777", expanded).orElseThrow());
    }

    @Test
    void instagramMediaInsights() throws IOException {
        NetworkInsights instagram = NETWORKS.get(Platform.INSTAGRAM);
        PostCounters c = instagram.readPost("17846368219941692", fixture("meta/pyfb-ig-media-insights.json"))
                .orElseThrow();
        assertEquals(new PostCounters(8L, 5L, null, null, null, null), c);
        assertEquals("/v23.0/17846368219941692/insights?metric=reach,likes,comments,shares,views",
                instagram.postFigures("17841400000000000", "17846368219941692").path());
        assertEquals(OptionalLong.of(1523L), instagram.readFollowers(JSON.readTree(
                "{\"followers_count\":1523,\"id\":\"17841400000000000\"}")));
    }

    @Test
    void aPageFieldReadWithoutPostMetricsHasNoFigures() throws IOException {
        // /{page}?fields=insights.metric(page_engaged_users): the insights list, but no metric of a post's
        PostCounters c = NETWORKS.get(Platform.FACEBOOK).readPost("123456",
                fixture("meta/restfb-page-fields-insights-engaged-users.json")).orElseThrow();
        assertEquals(null, c.impressions());
        assertEquals(null, c.reach());
        assertEquals(null, c.reactions());
    }

    @Test
    void xPublicMetrics() throws IOException {
        NetworkInsights x = NETWORKS.get(Platform.X);
        // X docs: retweets 9 + quotes 1 are shares, 2 replies, 49 likes; no impression_count in this sample
        assertEquals(new PostCounters(null, null, 49L, 2L, 10L, null),
                x.readPost("1204084171334832128", fixture("x/x-docs-metrics-public.json")).orElseThrow());
        // a timeline page: the post asked for, not the first
        assertEquals(new PostCounters(null, null, 58L, 7L, 22L, null),
                x.readPost("1362876655061073928", fixture("x/pytwitter-users-tweets-public_metrics.json"))
                        .orElseThrow());
        assertTrue(x.readPost("999", fixture("x/pytwitter-users-tweets-public_metrics.json")).isEmpty());
        assertEquals("/2/tweets?ids=1204084171334832128&tweet.fields=public_metrics",
                x.postFigures("2244994945", "1204084171334832128").path());
        assertEquals(OptionalLong.of(5321L), x.readFollowers(JSON.readTree(
                "{\"data\":{\"id\":\"2244994945\",\"public_metrics\":{\"followers_count\":5321,\"following_count\":2}}}")));
    }

    @Test
    void vkWallCounters() throws IOException {
        NetworkInsights vk = NETWORKS.get(Platform.VK);
        assertEquals(new PostCounters(null, null, 0L, 0L, 0L, 9L),
                vk.readPost("wall-322_123", fixture("vk/vknet-wall-getById-extended-views.json")).orElseThrow());
        assertEquals(new PostCounters(null, null, 2L, 0L, 0L, null),
                vk.readPost("wall1_617", fixture("vk/vknet-wall-getById.json")).orElseThrow());
        PlatformRequest request = vk.postFigures("322", "wall-322_123");
        assertEquals("/method/wall.getById", request.path());
        assertEquals("posts=-322_123&v=5.199", request.body());
        assertEquals(OptionalLong.of(48211L), vk.readFollowers(JSON.readTree(
                "{\"response\":{\"groups\":[{\"id\":322,\"name\":\"Группа ВК\",\"members_count\":48211}],\"profiles\":[]}}")));
        assertTrue(vk.readPost("wall-322_123", fixture("vk/vknet-error-5-auth.json")).isEmpty());
    }

    @Test
    void youTubeStatistics() throws IOException {
        NetworkInsights youtube = NETWORKS.get(Platform.YOUTUBE);
        assertEquals(new PostCounters(null, null, 190L, 32L, null, 7920L),
                youtube.readPost("D-lhorsDlUQ", fixture("youtube/python-youtube-videos-list-statistics.json"))
                        .orElseThrow());
        assertEquals(OptionalLong.of(1_927_873L),
                youtube.readFollowers(fixture("youtube/python-youtube-channels-list-statistics.json")));
        assertEquals("/youtube/v3/channels?part=statistics&id=UC_x5XG1OV2P6uZZ5FSM9Ttw",
                youtube.followers("UC_x5XG1OV2P6uZZ5FSM9Ttw").path());
    }

    @Test
    void linkedInShareStatistics() throws IOException {
        NetworkInsights linkedin = NETWORKS.get(Platform.LINKEDIN);
        // No real sample could be found (platforms-out/linkedin/SOURCE.txt): the documented shape.
        JsonNode answer = JSON.readTree("""
                {"paging":{"count":10,"start":0,"links":[]},"elements":[{"totalShareStatistics":{
                  "uniqueImpressionsCount":2875,"shareCount":9,"engagement":0.041,"clickCount":61,"likeCount":96,
                  "impressionCount":4210,"commentCount":14},"share":"urn:li:share:7401234567890123456",
                  "organizationalEntity":"urn:li:organization:2414183"}]}""");
        assertEquals(new PostCounters(4210L, 2875L, 96L, 14L, 9L, null),
                linkedin.readPost("urn:li:share:7401234567890123456", answer).orElseThrow());
        PlatformRequest request = linkedin.postFigures("2414183", "urn:li:share:7401234567890123456");
        assertEquals("/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity="
                + "urn%3Ali%3Aorganization%3A2414183&shares=List(urn%3Ali%3Ashare%3A7401234567890123456)",
                request.path());
        assertEquals("202607", request.headers().get("LinkedIn-Version"));
        assertTrue(linkedin.readPost("urn:li:share:1", fixture("linkedin/linkedin-docs-error-401-empty-token.json"))
                .isEmpty());
    }

    @Test
    void theNetworksErrorsReadAsOutboundActionsReadThem() throws IOException {
        PlatformRequests rules = new PlatformRequests("v23.0", "5.199", "202607");
        assertInstanceOf(PlatformAnswer.RateLimited.class, answer(rules, Platform.FACEBOOK, 400,
                "meta/meta-docs-error-ratelimit-32.json"));
        assertInstanceOf(PlatformAnswer.RateLimited.class, answer(rules, Platform.FACEBOOK, 400,
                "meta/meta-docs-error-buc-80001.json"));
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(rules, Platform.FACEBOOK, 400,
                "meta/restfb-error-oauth-190-460.json"));
        assertInstanceOf(PlatformAnswer.RateLimited.class, answer(rules, Platform.X, 429,
                "x/x-capture-429-too-many-requests.json"));
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(rules, Platform.VK, 200,
                "vk/vknet-error-5-auth.json"));
        // YouTube's daily quota: a refusal (it resets at midnight Pacific); the account's read refused ends a reading
        assertInstanceOf(PlatformAnswer.Refused.class, answer(rules, Platform.YOUTUBE, 403,
                "youtube/sharex-capture-403-quotaExceeded.json"));
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(rules, Platform.LINKEDIN, 401,
                "linkedin/linkedin-docs-error-401-empty-token.json"));
    }

    private static PlatformAnswer answer(PlatformRequests rules, Platform platform, int status, String fixture) {
        String body = new String(Fixtures.bytes("platforms-out/" + fixture), StandardCharsets.UTF_8);
        OutboundActionRequested probe = new OutboundActionRequested(UUID.randomUUID(), OutboundAction.PUBLISH_POST,
                platform, "1", null, null, "insights", "insights/test");
        PlatformRequest request = NETWORKS.get(platform).followers("1");
        return rules.api(platform).orElseThrow().answer(probe, request, new PlatformResponse(status,
                Map.of("Content-Type", List.of("application/json")), body), Instant.parse("2026-12-06T02:00:00Z"));
    }

    @Test
    void sandboxFiguresArePlausibleDeterministicAndGrow() {
        Instant published = Instant.parse("2026-12-01T09:00:00Z");
        PostCounters early = SandboxFigures.post("post-1", published, published.plusSeconds(600));
        PostCounters later = SandboxFigures.post("post-1", published, published.plusSeconds(86_400));
        assertEquals(early, SandboxFigures.post("post-1", published, published.plusSeconds(600)));
        assertTrue(early.impressions() > 0 && later.impressions() > early.impressions());
        assertTrue(later.reach() <= later.impressions() && later.reach() >= later.reactions());
        assertTrue(later.reactions() >= later.comments() && later.reactions() >= later.shares());
        assertTrue(later.impressions() <= 6000);
        java.time.LocalDate day = java.time.LocalDate.parse("2026-12-01");
        long before = SandboxFigures.followers("acct", day);
        for (int i = 1; i <= 60; i++) {
            long next = SandboxFigures.followers("acct", day.plusDays(i));
            assertTrue(next > before, "followers grow every day");
            before = next;
        }
        // a sandbox account shows only the counters its network gives: YouTube has no impressions or shares
        PostCounters youtube = later.like(NETWORKS.get(Platform.YOUTUBE).offered());
        assertEquals(null, youtube.impressions());
        assertEquals(null, youtube.shares());
        assertEquals(later.views(), youtube.views());
        assertEquals(Optional.empty(), Optional.ofNullable(later.like(NETWORKS.get(Platform.X).offered()).reach()));
    }
}
