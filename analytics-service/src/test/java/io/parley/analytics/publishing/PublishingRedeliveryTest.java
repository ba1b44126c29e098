package io.parley.analytics.publishing;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.VariantPublished;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At-least-once delivery: the publishing consumers ({@code PublishingEventsConsumer}, engagement and posts) get every
 * reading, follower count, published variant and click a second time — the same ids, an older reading after a newer
 * one — and the figures per channel and per post, and the posts behind them, stay as they were. Each key's
 * redelivery is followed on that key (its partition, read in order) by a marker post in a month of its own; once the
 * markers count, the redelivered events before them have been read.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class PublishingRedeliveryTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void readingsFollowersVariantsAndClicksDeliveredTwiceLeaveTheFiguresAsTheyWere() {
        Instant month = PublishingFiguresTest.quietMonth();
        Instant to = month.plus(Duration.ofDays(30));
        String channel = UUID.randomUUID().toString();
        List<Event<? extends Payload>> sent = new ArrayList<>();
        PublishingFiguresTest.Post post = new PublishingFiguresTest.Post(UUID.randomUUID(), UUID.randomUUID(),
                channel, Platform.LINKEDIN, month.plusSeconds(86_400));
        sent.add(send(post.story().toString(), Event.of(UUID.randomUUID(), "calendar-service", "acme",
                post.story().toString(), post.publishedAt(), post.publishedAt(), new VariantPublished(post.story(),
                        "Jesień w Warszawie", post.variant(), channel, Platform.LINKEDIN, "post-" + post.variant(),
                        "https://example.test/" + post.variant(), post.publishedAt(), post.publishedAt(), 2, false))));
        sent.add(PublishingFiguresTest.reading("acme", post, month.plusSeconds(90_000), 1000L, 700L, 20L, 2L, 1L,
                null));
        sent.add(PublishingFiguresTest.reading("acme", post, month.plusSeconds(172_800), 4210L, 2875L, 96L, 14L, 9L,
                null));
        sent.add(PublishingFiguresTest.click("acme", post, month.plusSeconds(90_500)));
        sent.add(PublishingFiguresTest.click("acme", post, month.plusSeconds(91_000)));
        LocalDate day0 = LocalDate.ofInstant(month, ZoneOffset.UTC);
        for (int d = 0; d < 3; d++) {
            Instant at = month.plus(Duration.ofDays(d)).plusSeconds(3600);
            sent.add(send(channel, Event.of(UUID.randomUUID(), "ingest-service", "acme", channel, at, at,
                    new FollowerCountObserved(channel, "acct-" + channel, Platform.LINKEDIN, day0.plusDays(d),
                            18_300 + 17 * d, at, false))));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> r = report(month, to);
            assertEquals(4210, path(r, "totals", "impressions"));
            assertEquals(2, path(r, "totals", "clickThroughs"));
            assertEquals(3, ((List<?>) path(r, "channels", 0, "followers")).size());
        });
        Map<String, Object> before = answers(month, to, channel);

        // Everything again, the last first (so the older reading comes after the newer); then a marker post on each
        // key — a reading on the channel's, a click on the story's — published in a month of its own.
        Instant later = month.plus(Duration.ofDays(40));
        PublishingFiguresTest.Post marker = new PublishingFiguresTest.Post(UUID.randomUUID(), UUID.randomUUID(),
                channel, Platform.LINKEDIN, later);
        for (int i = sent.size() - 1; i >= 0; i--) {
            send(sent.get(i).subject().equals(channel) || sent.get(i).subject().startsWith("post-") ? channel
                    : post.story().toString(), sent.get(i));
        }
        PublishingFiguresTest.reading("acme", marker, later.plusSeconds(60), 10L, 10L, 1L, 0L, 0L, null);
        send(post.story().toString(), Event.of(UUID.randomUUID(), "calendar-service", "acme",
                post.story().toString(), later, later, new LinkClicked(marker.story(), marker.variant(), channel,
                        Platform.LINKEDIN, "https://acme.example/?utm_source=linkedin", later)));
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> r = report(later, later.plus(Duration.ofDays(1)));
            assertEquals(1, path(r, "totals", "posts"));
            assertEquals(1, path(r, "totals", "clickThroughs"));
        });

        assertEquals(before, answers(month, to, channel));
    }

    private static Event<? extends Payload> send(String key, Event<? extends Payload> e) {
        TestEvents.send(key, e);
        return e;
    }

    private static Map<String, Object> answers(Instant from, Instant to, String channel) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("per channel", report(from, to));
        all.put("posts", given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1")))
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("channel", channel)
                .get("/api/v1/brands/acme/analytics/publishing/posts").then().statusCode(200).extract().jsonPath()
                .getMap("$"));
        return all;
    }

    private static Map<String, Object> report(Instant from, Instant to) {
        return PublishingFiguresTest.report("manager1", "acme", from, to).getMap("$");
    }

    /** A value deep in an answer: map keys and list indexes. */
    private static Object path(Object json, Object... steps) {
        Object at = json;
        for (Object step : steps) {
            at = step instanceof Integer i ? ((List<?>) at).get(i) : ((Map<?, ?>) at).get(step);
        }
        return at;
    }
}
