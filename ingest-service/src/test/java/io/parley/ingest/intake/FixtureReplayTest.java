package io.parley.ingest.intake;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.ingest.linkedin.LinkedInSignature;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Topics;
import io.parley.contracts.Platform;
import io.parley.ingest.Fixtures;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.vk.VkCallbacks;
import io.parley.ingest.meta.MetaSignature;
import io.parley.ingest.x.XSignature;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every published platform payload, delivered three times as the platform would (properly
 * authenticated): always answered 200, never a 5xx; each interaction it holds is published with the
 * same event id every time, so consumers keep one; what it does not hold is counted as ignored.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class FixtureReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixtureReplayedThreeTimesYieldsTheSameInteractions() throws IOException,
            URISyntaxException {
        Path root = Path.of(FixtureReplayTest.class.getResource("/fixtures").toURI());
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(root)) {
            // platforms-out holds the networks' answers to our API calls (insights, publishing), not webhooks
            fixtures = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !root.relativize(p).startsWith("platforms-out")).filter(FixtureReplayTest::isWebhookBody)
                    .sorted().toList();
        }
        assertTrue(fixtures.size() > 60, "fixtures found: " + fixtures.size());
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> replay(
                root.relativize(f).toString().replace('\\', '/'))));
    }

    private static boolean isWebhookBody(Path p) {
        String name = p.getFileName().toString();
        if (p.toString().contains("/pulled/")) {
            return false; // API responses read by the pull connectors (PullConnectorsTest), not webhook bodies
        }
        if (p.toString().contains("/linkedin/")) {
            // the validation answer and the comments list are API responses; notifications are POST bodies
            return name.contains("notification");
        }
        // X's zammad-*.json wrap headers and params; the signed-body files are the real POST bodies.
        return !(name.startsWith("zammad-webhook") && !name.contains("signed-body"));
    }

    private void replay(String fixture) throws Exception {
        Request request = requestFor(fixture);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            int before = interactions.records().size();
            String first = null;
            for (int i = 0; i < 3; i++) {
                Response response = request.send();
                assertEquals(200, response.statusCode(), fixture + ": " + response.asString());
                String receipt = response.asString();
                first = first == null ? receipt : first;
                assertEquals(first, receipt, fixture + ": every delivery gets the same answer");
            }
            int published = request.publishedPerDelivery(first);
            await().atMost(Duration.ofSeconds(10)).until(() -> interactions.records().size() - before >= 3 * published);
            List<ConsumerRecord<String, byte[]>> records = interactions.records();
            Map<String, Long> copies = records.subList(before, records.size()).stream()
                    .map(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(published, copies.size(), fixture + ": distinct interactions");
            copies.forEach((id, n) -> assertEquals(3L, n, fixture + ": event " + id + " published once per delivery"));
        }
    }

    /** A fixture and how its platform delivers it. */
    private record Request(RequestSpecification spec, String path, int vkInteractions) {
        Response send() {
            return spec.post(path);
        }

        /** What the receipt says was published; VK's answer is a bare "ok", so its count comes from the parser. */
        int publishedPerDelivery(String receipt) throws IOException {
            JsonNode r = vkInteractions >= 0 ? null : JSON.readTree(receipt);
            return vkInteractions >= 0 ? vkInteractions : r.path("interactions").asInt() + r.path("changes").asInt();
        }
    }

    private static Request requestFor(String fixture) throws Exception {
        byte[] body = Fixtures.bytes(fixture);
        String platform = fixture.substring(0, fixture.indexOf('/'));
        return switch (platform) {
            case "meta" -> new Request(given().contentType("application/json")
                    .header("X-Hub-Signature-256", MetaSignature.sign("demo-meta-secret", body)).body(body),
                    "/webhooks/meta", -1);
            case "x" -> new Request(given().contentType("application/json")
                    .header("x-twitter-webhooks-signature", XSignature.sign("demo-x-secret", body)).body(body),
                    "/webhooks/x", -1);
            case "linkedin" -> new Request(given().contentType("application/json")
                    .header("X-LI-Signature", LinkedInSignature.sign("test_client_secret", body)).body(body),
                    "/webhooks/linkedin", -1);
            case "telegram" -> new Request(given().contentType("application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret").body(body),
                    "/webhooks/telegram", -1);
            case "vk" -> {
                ObjectNode event = (ObjectNode) JSON.readTree(body);
                event.put("secret", "test-vk-secret"); // the fixtures come from communities without one
                int interactions = "confirmation".equals(event.path("type").asText()) ? 0
                        : VkCallbacks.read(event, new ChannelAccount(Platform.VK, event.path("group_id").asText(),
                                "acme", ChannelMode.sandbox)).size();
                yield new Request(given().contentType("application/json").body(JSON.writeValueAsBytes(event)),
                        "/webhooks/vk", interactions);
            }
            default -> throw new IllegalArgumentException("no platform for " + fixture);
        };
    }
}
