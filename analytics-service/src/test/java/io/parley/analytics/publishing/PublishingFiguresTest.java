package io.parley.analytics.publishing;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.VariantPublished;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insights connectors' readings, the published variants and the click-throughs become the brand's publishing
 * figures: per channel with followers per day, per post, the engagement rate with its base, the posts behind each
 * figure; the latest reading wins and a redelivered click counts once; one brand never sees another's posts.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class PublishingFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A month of its own, years ahead, so that no other test's posts fall into it. */
    static Instant quietMonth() {
        return Instant.parse("2040-01-01T00:00:00Z").plus(Duration.ofDays(31L
                * ThreadLocalRandom.current().nextInt(0, 3000)));
    }

    record Post(UUID story, UUID variant, String channel, Platform platform, Instant publishedAt) {
    }

    static Post published(String brand, String title, String channel, Platform platform, Instant at) {
        Post p = new Post(UUID.randomUUID(), UUID.randomUUID(), channel, platform, at);
        TestEvents.send(p.story.toString(), Event.of(UUID.randomUUID(), "calendar-service", brand,
                p.story.toString(), at, at, new VariantPublished(p.story, title, p.variant, channel, platform,
                        "post-" + p.variant, "https://example.test/" + p.variant, at, at, 2, false)));
        return p;
    }

    static Event<PostMetricsObserved> reading(String brand, Post p, Instant at, Long impressions, Long reach,
            Long reactions, Long comments, Long shares, Long views) {
        Event<PostMetricsObserved> e = Event.of(UUID.randomUUID(), "ingest-service", brand, "post-" + p.variant, at, at,
                new PostMetricsObserved(p.story, p.variant, p.channel, "acct-" + p.channel, p.platform,
                        "post-" + p.variant, "https://example.test/" + p.variant, p.publishedAt, at, impressions,
                        reach, reactions, comments, shares, views, false));
        TestEvents.send(p.channel, e);
        return e;
    }

    static Event<LinkClicked> click(String brand, Post p, Instant at) {
        Event<LinkClicked> e = Event.of(UUID.randomUUID(), "calendar-service", brand, p.story.toString(), at, at,
                new LinkClicked(p.story, p.variant, p.channel, p.platform, "https://acme.example/?utm_source=x", at));
        TestEvents.send(p.story.toString(), e);
        return e;
    }

    static void followers(String brand, String channel, Platform platform, LocalDate day, long count, Instant at) {
        TestEvents.send(channel, Event.of(UUID.randomUUID(), "ingest-service", brand, channel, at, at,
                new FollowerCountObserved(channel, "acct-" + channel, platform, day, count, at, false)));
    }

    static JsonPath report(String user, String brand, Instant from, Instant to) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)))
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/" + brand + "/analytics/publishing").then().statusCode(200).extract().jsonPath();
    }

    /** The first page of the window's posts, every channel (the list beside the report). */
    static JsonPath posts(String user, String brand, Instant from, Instant to) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)))
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/" + brand + "/analytics/publishing/posts").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void perChannelFiguresWithFollowerGrowthAndTheEngagementRateOnItsStatedBase() {
        Instant month = quietMonth();
        Instant to = month.plus(Duration.ofDays(30));
        String linkedin = UUID.randomUUID().toString();
        String youtube = UUID.randomUUID().toString();
        Post hiring = published("acme", "We are hiring", linkedin, Platform.LINKEDIN, month.plusSeconds(86_400));
        Post video = published("acme", "Jak składać płaszcz", youtube, Platform.YOUTUBE, month.plusSeconds(2 * 86_400));
        // an early reading, then the latest; a late, older reading arriving after it changes nothing
        reading("acme", hiring, month.plusSeconds(90_000), 1000L, 700L, 20L, 2L, 1L, null);
        reading("acme", hiring, month.plusSeconds(172_800), 4210L, 2875L, 96L, 14L, 9L, null);
        reading("acme", hiring, month.plusSeconds(100_000), 1500L, 900L, 30L, 3L, 1L, null);
        reading("acme", video, month.plusSeconds(259_200), null, null, 190L, 32L, null, 7920L);
        Event<LinkClicked> first = click("acme", hiring, month.plusSeconds(90_500));
        TestEvents.send(hiring.story.toString(), first); // a redelivery counts once
        click("acme", hiring, month.plusSeconds(91_000));
        LocalDate day0 = LocalDate.ofInstant(month, ZoneOffset.UTC);
        followers("acme", linkedin, Platform.LINKEDIN, day0.minusDays(1), 18_300, month.minusSeconds(3600));
        followers("acme", linkedin, Platform.LINKEDIN, day0, 18_310, month.plusSeconds(3600));
        followers("acme", linkedin, Platform.LINKEDIN, day0.plusDays(1), 18_320, month.plusSeconds(86_400 + 3600));
        followers("acme", linkedin, Platform.LINKEDIN, day0.plusDays(1), 18_342, month.plusSeconds(86_400 + 7200));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath r = report("manager1", "acme", month, to);
            assertEquals(2, r.getInt("totals.posts"));
            Map<String, Object> li = channel(r, linkedin);
            assertEquals(Map.of("posts", 1, "impressions", 4210, "reach", 2875, "reactions", 96, "comments", 14,
                    "shares", 9, "clickThroughs", 2, "engagements", 96 + 14 + 9 + 2, "engagementRateBase", "reach",
                    "engagementRateBaseValue", 2875), without(figures(li), "views", "engagementRate"));
            assertEquals(0.0421, ((Number) figures(li).get("engagementRate")).doubleValue(), 1e-6); // 121 / 2875
            assertEquals(List.of(Map.of("day", day0.toString(), "followers", 18_310, "growth", 10),
                    Map.of("day", day0.plusDays(1).toString(), "followers", 18_342, "growth", 32)), li.get("followers"));
            assertEquals(42, li.get("followerGrowth"));
            assertEquals("day", r.getString("followersEvery"), "a month's followers per day");
            // Over 92 days, one point per week (the week's last reading): the latest count and the growth unchanged.
            JsonPath longer = report("manager1", "acme", to.minus(Duration.ofDays(120)), to);
            assertEquals("week", longer.getString("followersEvery"));
            List<Map<String, Object>> weekly = (List<Map<String, Object>>) channel(longer, linkedin).get("followers");
            assertEquals(Map.of("day", day0.plusDays(1).toString(), "followers", 18_342), without(
                    weekly.get(weekly.size() - 1), "growth"));
            assertEquals(42, channel(longer, linkedin).get("followerGrowth"));
            Map<String, Object> yt = channel(r, youtube);
            assertEquals("views", figures(yt).get("engagementRateBase"));
            assertNull(figures(yt).get("impressions"), "YouTube gives no impressions: none, not 0");
            assertEquals(0.028, ((Number) figures(yt).get("engagementRate")).doubleValue(), 1e-6); // 222 / 7920
            // over both channels no base is every post's (reach on LinkedIn, views on YouTube): no rate rather than a wrong one
            assertNull(r.get("totals.engagementRate"));
            assertNull(r.get("totals.engagementRateBase"));
            assertTrue(r.getString("engagementRate").contains("base"));
        });
    }

    @Test
    void everyFigureOpensThePostsBehindIt() {
        Instant month = quietMonth();
        Instant to = month.plus(Duration.ofDays(30));
        String facebook = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            Post p = published("acme", "Zima ❄ " + i, facebook, Platform.FACEBOOK, month.plusSeconds(3600L * (i + 1)));
            reading("acme", p, month.plusSeconds(3600L * (i + 2)), 100L * (i + 1), 80L * (i + 1), 5L, 1L, 0L, null);
        }
        Post elsewhere = published("acme", "Elsewhere", other, Platform.X, month.plusSeconds(1800));
        reading("acme", elsewhere, month.plusSeconds(7200), 900L, null, 10L, 2L, 3L, null);
        String token = Tokens.bearer(Tokens.forUser("editor1"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(4,
                report("editor1", "acme", month, to).getInt("totals.posts")));
        JsonPath r = report("editor1", "acme", month, to);
        String href = (String) channel(r, facebook).get("postsHref");
        JsonPath page1 = given().header("Authorization", token).urlEncodingEnabled(false)
                .get(href + "&limit=2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Zima ❄ 2", "Zima ❄ 1"), page1.getList("items.storyTitle"));
        assertEquals(List.of(facebook, facebook), page1.getList("items.channelAccountId"));
        JsonPath page2 = given().header("Authorization", token).urlEncodingEnabled(false)
                .get(href + "&limit=2&cursor=" + page1.getString("nextCursor")).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("Zima ❄ 0"), page2.getList("items.storyTitle"));
        assertNull(page2.get("nextCursor"));
        assertEquals(0.075, page2.getDouble("items[0].engagementRate"), 0.00001); // (5 + 1 + 0) / reach 80
        // The window's posts, newest first, every channel: the list beside the report. A post's title comes with its published event
        // (parley.posts.v1) and its figures with the reading (parley.engagement.v1), two topics read apart: the
        // totals can count a post whose title has not arrived yet, so wait for the titles too.
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("Zima ❄ 2", "Zima ❄ 1", "Zima ❄ 0",
                "Elsewhere"), posts("editor1", "acme", month, to).getList("items.storyTitle")));
        JsonPath byPost = posts("editor1", "acme", month, to);
        assertNull(byPost.get("items[3].reach"), "X gives no reach");
        assertEquals("impressions", byPost.getString("items[3].engagementRateBase"));
    }

    @Test
    void aBrandSeesOnlyItsOwnPostsAndBadParametersAreNamed() {
        Instant month = quietMonth();
        Instant to = month.plus(Duration.ofDays(30));
        String channel = UUID.randomUUID().toString();
        Post globex = published("globex", "Globex winter sale", channel, Platform.FACEBOOK, month.plusSeconds(3600));
        reading("globex", globex, month.plusSeconds(7200), 500L, 400L, 40L, 4L, 2L, null);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1,
                report("admin1", "globex", month, to).getInt("totals.posts")));
        assertEquals(0, report("manager1", "acme", month, to).getInt("totals.posts"));
        assertEquals(0, posts("admin1", "acme", month, to).getList("items").size());
        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        given().header("Authorization", manager).get("/api/v1/brands/globex/analytics/publishing")
                .then().statusCode(404);
        given().header("Authorization", manager).get("/api/v1/brands/globex/analytics/publishing/posts")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .get("/api/v1/brands/acme/analytics/publishing").then().statusCode(403);
        given().get("/api/v1/brands/acme/analytics/publishing").then().statusCode(401);
        given().header("Authorization", manager).queryParam("from", to.toString()).queryParam("to", month.toString())
                .get("/api/v1/brands/acme/analytics/publishing").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().header("Authorization", manager).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/brands/acme/analytics/publishing/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", manager).queryParam("limit", 0)
                .get("/api/v1/brands/acme/analytics/publishing/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> channel(JsonPath report, String id) {
        List<Map<String, Object>> channels = report.getList("channels");
        return channels.stream().filter(c -> id.equals(c.get("channelAccountId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no channel " + id + " in " + channels));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Map<String, Object> channel) {
        return (Map<String, Object>) channel.get("figures");
    }

    private static Map<String, Object> without(Map<String, Object> map, String... keys) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        for (String k : keys) {
            copy.remove(k);
        }
        return copy;
    }
}
