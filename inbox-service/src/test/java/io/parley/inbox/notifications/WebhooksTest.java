package io.parley.inbox.notifications;

import com.sun.net.httpserver.HttpServer;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.platform.security.HmacSha256;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.parley.inbox.AuthorityScenarios.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An integrator's receiver (a small HTTP server in the test) gets each notification of the kinds it subscribed to,
 * signed with its secret; a receiver that fails is retried with back-off, and one that keeps failing is given up —
 * all of it in the subscription's delivery log.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class WebhooksTest {

    record Received(String signature, String body, Instant at) {
    }

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failWith = 503;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Parley-Signature"),
                    new String(body, StandardCharsets.UTF_8), Instant.now()));
            int status = failuresLeft.getAndDecrement() > 0 ? failWith : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** What a receiver does with the documented scheme (docs/api/webhooks.md): recompute and compare. */
    static boolean verifies(String secret, String header, String body) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        byte[] expected = HmacSha256.withKey(secret).sign(t + "." + body);
        return HmacSha256.matches(expected, HexFormat.of().parseHex(v1))
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 300;
    }

    JsonPath subscribe(List<String> kinds) {
        return as("manager1").contentType(ContentType.JSON).body(Map.of("url", url(), "kinds", kinds))
                .post("/api/v1/brands/acme/webhooks").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aSignedDeliveryIsRetriedAfterAFailureAndLoggedAsDelivered() throws Exception {
        JsonPath sub = subscribe(List.of("channel_health"));
        String id = sub.getString("id");
        String secret = sub.getString("secret");
        assertTrue(secret.startsWith("whsec_") && secret.length() > 40);
        as("manager1").get("/api/v1/brands/acme/webhooks").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.secret", nullValue())
                .body("items.find { it.id == '" + id + "' }.url", equalTo(url()));
        try {
            failuresLeft.set(1);
            UUID account = UUID.randomUUID();
            TestEvents.send(account.toString(), NotificationsTest.health(account, "Ωμέγα bot", "token_revoked",
                    "healthy"));
            UUID conversation = UUID.randomUUID();
            // not subscribed to breaches: never delivered
            TestEvents.send(conversation.toString(), NotificationsTest.breach(conversation, List.of("manager1")));

            await().atMost(java.time.Duration.ofSeconds(40)).until(() -> received.size() >= 2);
            Received first = received.get(0);
            Received retry = received.get(1);
            assertEquals(first.body(), retry.body(), "the same delivery again");
            assertTrue(verifies(secret, retry.signature(), retry.body()), retry.signature());
            assertTrue(verifies(secret, first.signature(), first.body()), first.signature());
            assertTrue(!verifies("whsec_wrong", retry.signature(), retry.body()));
            assertTrue(java.time.Duration.between(first.at(), retry.at()).toMillis() >= 400,
                    "waited before retrying: " + java.time.Duration.between(first.at(), retry.at()));
            JsonPath body = new JsonPath(retry.body());
            assertEquals("channel_health", body.getString("kind"));
            assertEquals("acme", body.getString("brand"));
            assertEquals("Ωμέγα bot", body.getString("params.name"));
            assertEquals(account.toString(), body.getString("params.channelAccountId"));

            await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "delivered".equals(as("manager1")
                    .get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath().getString("items[0].status")));
            JsonPath log = as("manager1").get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath();
            assertEquals(1, log.getList("items").size(), "breaches were not subscribed to");
            assertEquals(2, log.getInt("items[0].attempts"));
            assertEquals(204, log.getInt("items[0].lastCode"));
            assertEquals(body.getString("eventId"), log.getString("items[0].eventId"));
        } finally {
            as("manager1").delete("/api/v1/brands/acme/webhooks/" + id).then().statusCode(204);
        }
        as("manager1").get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").then().statusCode(404);
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpAfterTheLastAttemptAndA4xxAtOnce() {
        String id = subscribe(List.of("incident_opened", "channel_health")).getString("id");
        try {
            failWith = 500;
            failuresLeft.set(1000);
            UUID account = UUID.randomUUID();
            TestEvents.send(account.toString(), NotificationsTest.health(account, "failing", "silent", "healthy"));
            await().atMost(java.time.Duration.ofSeconds(40)).until(() -> "failed".equals(as("manager1")
                    .get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath().getString("items[0].status")));
            JsonPath log = as("manager1").get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath();
            assertEquals(3, log.getInt("items[0].attempts"), "the test profile allows 3 attempts");
            assertEquals(500, log.getInt("items[0].lastCode"));
            assertEquals(3, received.size());

            failWith = 410;
            received.clear();
            UUID other = UUID.randomUUID();
            TestEvents.send(other.toString(), NotificationsTest.health(other, "gone", "silent", "healthy"));
            await().atMost(java.time.Duration.ofSeconds(20)).until(() -> as("manager1")
                    .get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath().getList("items").size() == 2
                    && "failed".equals(as("manager1").get("/api/v1/brands/acme/webhooks/" + id + "/deliveries")
                    .jsonPath().getString("items[0].status")));
            assertEquals(1, as("manager1").get("/api/v1/brands/acme/webhooks/" + id + "/deliveries").jsonPath()
                    .getInt("items[0].attempts"), "a 410 is not retried");
        } finally {
            as("manager1").delete("/api/v1/brands/acme/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void onlyManagersAndAdminsOfTheBrandSubscribeAndBadInputNamesTheField() {
        as("agent1").contentType(ContentType.JSON).body(Map.of("url", url(), "kinds", List.of("mentioned")))
                .post("/api/v1/brands/acme/webhooks").then().statusCode(403);
        as("manager1").contentType(ContentType.JSON).body(Map.of("url", url(), "kinds", List.of("mentioned")))
                .post("/api/v1/brands/globex/webhooks").then().statusCode(404);
        as("manager1").contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/x", "kinds",
                List.of("mentioned"))).post("/api/v1/brands/acme/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("url", url(), "kinds", List.of()))
                .post("/api/v1/brands/acme/webhooks").then().statusCode(400).body("errors[0].field", equalTo("kinds"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("url", url(), "kinds", List.of("everything")))
                .post("/api/v1/brands/acme/webhooks").then().statusCode(400).body("errors[0].field", equalTo("kinds"));
        int before = as("manager1").get("/api/v1/brands/acme/webhooks").jsonPath().getList("items").size();
        assertEquals(before, as("admin1").get("/api/v1/brands/acme/webhooks").jsonPath().getList("items").size(),
                "nothing half-stored");
    }
}
