package io.parley.analytics.api;

import io.parley.analytics.care.CareEvents;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.platform.consumers.DeadLetters;
import io.parley.testsupport.Pages;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * analytics-service's lists are pages ({@code items}, {@code nextCursor}; docs/api/README.md "Lists are pages"): the
 * conversations behind a care figure, the published posts and the dead letters, read two at a time, hold every row
 * once, in their order, the same rows as one large page; a garbled cursor, another listing's cursor or a limit out of
 * range is a 400 naming it. (The report schedules, deliveries and history: {@code ReportListsPagingTest}.)
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ListPagesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    /** Every item of the list at {@code path} (with {@code query}) as {@code user} reads it {@code limit} at a time. */
    @SuppressWarnings("unchecked")
    private static Pages.Read read(String user, String path, Map<String, ?> query, int limit) {
        return Pages.readAll(limit, cursor -> {
            RequestSpecification request = as(user).queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(path).then().statusCode(200).extract().as(Map.class);
        });
    }

    /** The list read two at a time is the list read at once: no row twice, none skipped. */
    private static Pages.Read sameAsWhole(String user, String path, Map<String, ?> query) {
        Pages.Read paged = read(user, path, query, 2);
        Pages.Read whole = read(user, path, query, 200);
        assertEquals(whole.items(), paged.items(), path + " in pages of two is " + path + " in one");
        return paged;
    }

    private static void refusesBadPages(String user, String path, Map<String, ?> query, String foreignCursor) {
        as(user).queryParams(query).queryParam("cursor", foreignCursor).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(user).queryParams(query).queryParam("cursor", "bm90IG91cnM").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(user).queryParams(query).queryParam("limit", 201).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(user).queryParams(query).queryParam("limit", "zero").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static String firstCursor(String user, String path, Map<String, ?> query) {
        String cursor = as(user).queryParams(query).queryParam("limit", 1).get(path).then().statusCode(200).extract()
                .path("nextCursor");
        assertNotNull(cursor, path + " has a second page");
        return cursor;
    }

    @Test
    void theConversationsBehindACareFigureAndThePublishedPostsComeWholeAcrossPages() {
        // Care: five conversations on a day of their own, two of them arriving at the same instant (the id decides).
        Instant day = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 30))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        List<CareEvents> conversations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant at = day.plus(Duration.ofHours(i == 4 ? 3 : i + 1));
            conversations.add(CareEvents.opened("acme", Platform.VK, at, "care", "question", "pl",
                    Duration.ofHours(1), 60));
        }
        List<String> arrivalOrder = conversations.stream()
                .sorted(Comparator.comparing((CareEvents c) -> c.receivedAt).thenComparing(c -> c.id.toString()))
                .map(c -> c.id.toString()).toList();
        String care = "/api/v1/brands/acme/analytics/care/conversations";
        Map<String, String> window = Map.of("from", day.toString(), "to", day.plus(Duration.ofDays(1)).toString(),
                "figure", "conversations");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(5, read("agent1", care, window, 200).items().size()));
        Pages.Read careRead = sameAsWhole("agent1", care, window);
        assertEquals(3, careRead.pages(), "five conversations at two a page");
        assertEquals(arrivalOrder, careRead.values("conversationId"), "every conversation once, in arrival order");

        // Publishing: five posts of one channel in a month of their own, two published at the same instant.
        Instant month = Instant.parse("2040-01-01T00:00:00Z").plus(Duration.ofDays(31L
                * ThreadLocalRandom.current().nextInt(0, 3000)));
        String channel = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            Instant published = month.plus(Duration.ofHours(i == 4 ? 2 : i + 1));
            UUID variant = UUID.randomUUID();
            TestEvents.send(channel, Event.of(UUID.randomUUID(), "ingest-service", "acme", "post-" + variant,
                    published.plusSeconds(60), published.plusSeconds(60), new PostMetricsObserved(UUID.randomUUID(),
                            variant, channel, "acct-" + channel, Platform.FACEBOOK, "post-" + variant,
                            "https://example.test/" + variant, published, published.plusSeconds(60), 100L, 80L, 5L,
                            1L, 0L, null, false)));
        }
        String posts = "/api/v1/brands/acme/analytics/publishing/posts";
        Map<String, String> postsOf = Map.of("from", month.toString(), "to", month.plus(Duration.ofDays(1)).toString(),
                "channel", channel);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(5, read("editor1", posts, postsOf, 200).items().size()));
        Pages.Read postsRead = sameAsWhole("editor1", posts, postsOf);
        assertEquals(3, postsRead.pages());
        List<Instant> times = postsRead.values("publishedAt").stream().map(t -> Instant.parse((String) t)).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times, "newest first");
        assertEquals(5, postsRead.values("variantId").stream().distinct().count(), "every post once");

        // Each refuses the other's cursor, a garbled one and a limit out of range, naming the parameter.
        refusesBadPages("agent1", care, window, firstCursor("editor1", posts, postsOf));
        refusesBadPages("editor1", posts, postsOf, firstCursor("agent1", care, window));
    }

    @Test
    void theDeadLettersComeNewestFirstAcrossPartitionsAndOneSetAsideMeanwhileIsOnNoLaterPage() {
        // Five dead letters of a topic of their own, spread over the partitions by their keys, set aside a minute apart.
        String origin = "parley.test." + UUID.randomUUID();
        Instant first = Instant.now().minus(Duration.ofHours(1));
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, deadLetter(origin, "key-" + i + "-" + UUID.randomUUID(), first.plusSeconds(60L * i)));
        }
        String path = "/api/v1/dead-letters";
        Map<String, String> ofOrigin = Map.of("topic", origin);
        Pages.Read read = sameAsWhole("admin1", path, ofOrigin);
        assertEquals(3, read.pages(), "five dead letters at two a page");
        assertEquals(newestFirst, read.values("id"), "every dead letter once, the latest set aside first");
        assertTrue(read.items().stream().allMatch(d -> origin.equals(d.get("topic"))), "only the topic asked for");

        // A client reads the first page; a sixth is set aside; the next pages hold the other three, and not it.
        Map<?, ?> page1 = as("admin1").queryParams(ofOrigin).queryParam("limit", 2).get(path).then().statusCode(200)
                .extract().as(Map.class);
        String later = deadLetter(origin, "key-later-" + UUID.randomUUID(), Instant.now());
        List<Object> rest = new ArrayList<>();
        String cursor = (String) page1.get("nextCursor");
        while (cursor != null) {
            Map<?, ?> page = as("admin1").queryParams(ofOrigin).queryParam("limit", 2).queryParam("cursor", cursor)
                    .get(path).then().statusCode(200).extract().as(Map.class);
            ((List<?>) page.get("items")).forEach(d -> rest.add(((Map<?, ?>) d).get("id")));
            cursor = (String) page.get("nextCursor");
        }
        assertEquals(newestFirst.subList(2, 5), rest, "the pages after the first hold the older three once");
        assertEquals(later, as("admin1").queryParams(ofOrigin).queryParam("limit", 1).get(path).then()
                .statusCode(200).extract().path("items[0].id"), "the new one heads a new first page");

        String careCursor = foreignCursor("care-conversations");
        refusesBadPages("admin1", path, ofOrigin, careCursor);
        // A cursor of this listing that does not hold whole (partition, offset) pairs is no cursor either.
        as("admin1").queryParam("cursor", base64Url("dead-letters|0")).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as("admin1").queryParam("cursor", base64Url("dead-letters|0|-4")).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** A cursor as another listing hands it out (its name and a time and id). */
    private static String foreignCursor(String listing) {
        return base64Url(listing + "|" + Instant.now() + "|" + UUID.randomUUID());
    }

    private static String base64Url(String plain) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets a record aside on the dead-letter topic as a consumer of {@code origin} would; answers its id. */
    private static String deadLetter(String origin, String key, Instant at) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            var sent = producer.send(new ProducerRecord<>(Topics.DEAD_LETTER, null, key,
                    "{\"not\": \"read\"".getBytes(StandardCharsets.UTF_8), List.of(
                            new RecordHeader(DeadLetters.TOPIC, origin.getBytes(StandardCharsets.UTF_8)),
                            new RecordHeader(DeadLetters.CONSUMER, "analytics.test".getBytes(StandardCharsets.UTF_8)),
                            new RecordHeader(DeadLetters.REASON, "Żółć — не JSON".getBytes(StandardCharsets.UTF_8)),
                            new RecordHeader(DeadLetters.AT, at.toString().getBytes(StandardCharsets.UTF_8)))))
                    .get();
            return sent.partition() + "-" + sent.offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
