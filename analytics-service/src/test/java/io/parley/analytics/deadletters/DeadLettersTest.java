package io.parley.analytics.deadletters;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.MetricsText;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dead letters are counted (the metric the alert rule watches), listed for an admin with where from and why, and
 * replayed to their topic once the cause is fixed — where the consumer then processes them, once however often
 * they are replayed.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class DeadLettersTest {

    private static final String PATH = "/api/v1/dead-letters";

    @Test
    void aRecordNoOneCanReadIsCountedAndListedWithWhereFromAndWhy() {
        String key = "poison-" + UUID.randomUUID();
        double before = deadLettersCounted();
        try (EventTail deadLetters = EventTail.open(Topics.DEAD_LETTER)) {
            TestEvents.sendRaw(Topics.INBOX, key, "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8));
            // Both of analytics' consumers of the inbox topic (response times, care figures) set it aside.
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.records().stream()
                    .filter(r -> key.equals(r.key())).count() >= 2);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLettersCounted() >= before + 2);

        String admin = Tokens.bearer(Tokens.forUser("admin1"));
        List<Map<String, Object>> listed = given().header("Authorization", admin).queryParam("topic", Topics.INBOX)
                .get(PATH).then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> all = listed.stream().filter(d -> key.equals(d.get("key"))).toList();
        assertEquals(java.util.Set.of("analytics.inbox", "analytics.care"),
                all.stream().map(d -> d.get("consumer")).collect(java.util.stream.Collectors.toSet()));
        Map<String, Object> ours = all.stream().filter(d -> "analytics.inbox".equals(d.get("consumer")))
                .findFirst().orElseThrow();
        assertEquals(Topics.INBOX, ours.get("topic"));
        assertEquals("analytics-service", ours.get("service"));
        assertTrue(String.valueOf(ours.get("reason")).length() > 0, "says why: " + ours);
        assertTrue(String.valueOf(ours.get("id")).matches("\\d+-\\d+"), "has an id to replay it by: " + ours);
    }

    @Test
    void aDeadLetterReplayedOnceItsCauseIsFixedIsProcessedOnceHoweverOftenItIsReplayed() {
        // A valid event that was set aside while a (since fixed) bug made its consumer fail on it.
        Instant at = Instant.parse("1970-06-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 3000)));
        UUID conversation = UUID.randomUUID();
        Event<ConversationOpened> opened = Event.of(UUID.randomUUID(), "inbox-service", "acme",
                conversation.toString(), at, at, new ConversationOpened(conversation, Platform.LINKEDIN,
                        UUID.randomUUID(), at, at.plusSeconds(3600)));
        RecordMetadata dead = publishDeadLetter(conversation.toString(), opened);
        String id = dead.partition() + "-" + dead.offset();
        String admin = Tokens.bearer(Tokens.forUser("admin1"));
        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        openedIn(manager, at, 0); // set aside: not counted yet

        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("ids", List.of(id))).post(PATH + "/replay").then().statusCode(200)
                    .body("[0].id", equalTo(id)).body("[0].topic", equalTo(Topics.INBOX));
            inbox.awaitEvent(ConversationOpened.class, e -> e.id().equals(opened.id()), Duration.ofSeconds(15));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> openedIn(manager, at, 1));

        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id))).post(PATH + "/replay").then().statusCode(200);
        UUID marker = UUID.randomUUID(); // processed after the second replay, in the same partition
        TestEvents.send(conversation.toString(), Event.of(marker, "inbox-service", "acme", conversation.toString(),
                at.plusSeconds(1), at.plusSeconds(1), new ConversationOpened(UUID.randomUUID(), Platform.LINKEDIN,
                        UUID.randomUUID(), at.plusSeconds(1), at.plusSeconds(3600))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> openedIn(manager, at, 2));
    }

    @Test
    void onlyAdminsReadAndReplayAndBadIdsAreProblemsNamingTheField() {
        String admin = Tokens.bearer(Tokens.forUser("admin1"));
        given().get(PATH).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).get(PATH).then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of("0-0"))).post(PATH + "/replay").then().statusCode(403);
        given().header("Authorization", admin).queryParam("limit", "abc").get(PATH).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of("0-0", "seven"))).post(PATH + "/replay").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("ids[1]"));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of("0-999999999999"))).post(PATH + "/replay").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("0-999999999999"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .post(PATH + "/replay").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static void openedIn(String token, Instant at, int expected) {
        given().header("Authorization", token).pathParam("brand", "acme").queryParam("platform", "linkedin")
                .queryParam("from", at.toString()).queryParam("to", at.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/brands/{brand}/analytics/response-times").then().statusCode(200).body("opened", equalTo(expected));
    }

    private static double deadLettersCounted() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // Both consumers of the inbox topic (a line may end with an exemplar: MetricsText reads the value).
        return metrics.lines().filter(l -> l.startsWith("parley_dead_letters_total{")
                        && l.contains("topic=\"parley.inbox.v1\"") && (l.contains("consumer=\"analytics.inbox\"")
                        || l.contains("consumer=\"analytics.care\"")))
                .mapToDouble(MetricsText::value).sum();
    }

    private static RecordMetadata publishDeadLetter(String key, Event<?> event) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(Topics.DEAD_LETTER, null, key, EventJson.toBytes(event), List.of(
                    new RecordHeader("ce_id", event.id().toString().getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("ce_type", event.type().getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("dead-letter-topic", Topics.INBOX.getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("dead-letter-consumer", "analytics.inbox".getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("dead-letter-reason", "a bug since fixed".getBytes(StandardCharsets.UTF_8)))))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
