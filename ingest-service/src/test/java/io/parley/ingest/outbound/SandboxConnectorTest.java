package io.parley.ingest.outbound;

import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox asks for a reply; the sandbox connector records the Graph API call and reports it. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class SandboxConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aReplyIsRecordedExactlyOnceAndReportedDelivered() {
        UUID actionId = UUID.randomUUID();
        String text = "Dziękujemy! ❤ Sprawdzamy to & wracamy.";
        Event<OutboundActionRequested> request = reply(actionId, "acme", "1234567890", "777_" + actionId, text);
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("conversation-1", request);
            TestEvents.send("conversation-1", request); // a redelivery changes nothing
            Event<DeliveryReported> report = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT);
            assertEquals(DeliveryOutcome.DELIVERED, report.data().outcome());
            assertTrue(report.data().sandbox());
            assertEquals("conversation/c/reply/r", report.data().origin());
        }
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        String url = "https://graph.facebook.com/v23.0/777_" + actionId + "/comments";
        String body = "message=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", token)
                .pathParam("brand", "acme").queryParam("actionId", actionId.toString())
                .get("/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].method", equalTo("POST"))
                .body("items[0].url", equalTo(url))
                .body("items[0].headers.Authorization", equalTo("Bearer REDACTED"))
                .body("items[0].headers.Content-Type", equalTo("application/x-www-form-urlencoded"))
                .body("items[0].body", equalTo(body))
                .body("items[0].requestedBy", equalTo("agent1")));
    }

    @Test
    void aPostWithTwoPhotosIsRecordedStepByStepOnceAndReportedWithASandboxIdAndPermalink() {
        UUID actionId = UUID.randomUUID();
        Instant now = Instant.now();
        String img1 = "https://calendar.example/api/v1/public/media/a?expires=9&sig=1";
        String img2 = "https://calendar.example/api/v1/public/media/b?expires=9&sig=2";
        Event<OutboundActionRequested> request = Event.of(UUID.randomUUID(), "calendar-service", "acme", "v", now, now,
                new OutboundActionRequested(actionId, OutboundAction.PUBLISH_POST, Platform.FACEBOOK, "1234567890",
                        null, "Zima ❄", "editor1", "variant/v/publish/1", null, "https://acme.example/z",
                        java.util.List.of(new OutboundMedia("a", img1, "image/jpeg", "Płaszcz"),
                                new OutboundMedia("b", img2, "image/png", null)), "trk1", null));
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("variant-v", request);
            TestEvents.send("variant-v", request); // the same action twice: performed once
            Event<DeliveryReported> report = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT);
            assertEquals(DeliveryOutcome.DELIVERED, report.data().outcome());
            assertTrue(report.data().platformObjectId().matches("sandbox-\\d+"), report.data().platformObjectId());
            assertEquals("https://sandbox.parley.local/facebook/" + report.data().platformObjectId(),
                    report.data().permalink());
            assertEquals(1, report.data().attempt());
        }
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", token)
                .pathParam("brand", "acme").queryParam("actionId", actionId.toString())
                .get("/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.step", equalTo(java.util.List.of(1, 2, 3)))
                .body("items[0].url", equalTo("https://graph.facebook.com/v23.0/1234567890/photos"))
                .body("items[0].body", equalTo("url=" + java.net.URLEncoder.encode(img1, StandardCharsets.UTF_8)
                        + "&alt_text_custom=P%C5%82aszcz&published=false"))
                .body("items[2].url", equalTo("https://graph.facebook.com/v23.0/1234567890/feed"))
                .body("items[2].body", org.hamcrest.Matchers.startsWith("message=Zima+%E2%9D%84%0A%0Ahttps%3A%2F%2F"
                        + "acme.example%2Fz&attached_media%5B0%5D=%7B%22media_fbid%22%3A%22sandbox-")));
    }

    @Test
    void anInstagramPostIsAContainerThenMediaPublishInTheSandboxToo() {
        UUID actionId = UUID.randomUUID();
        Instant now = Instant.now();
        String img = "https://calendar.example/api/v1/public/media/c?expires=9&sig=3";
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("variant-i", Event.of(UUID.randomUUID(), "calendar-service", "acme", "v", now, now,
                    new OutboundActionRequested(actionId, OutboundAction.PUBLISH_POST, Platform.INSTAGRAM,
                            "17841400000000001", null, "Zima", "editor1", "variant/i/publish/1", null, null,
                            java.util.List.of(new OutboundMedia("c", img, "image/jpeg", null)), null, null)));
            assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT).data().outcome());
        }
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).pathParam("brand", "acme")
                .queryParam("actionId", actionId.toString()).get("/api/v1/brands/{brand}/sandbox/requests").then()
                .statusCode(200)
                .body("items.url", equalTo(java.util.List.of(
                        "https://graph.facebook.com/v23.0/17841400000000001/media",
                        "https://graph.facebook.com/v23.0/17841400000000001/media_publish",
                        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                                .pathParam("brand", "acme").queryParam("actionId", actionId.toString())
                                .get("/api/v1/brands/{brand}/sandbox/requests").then().extract().path("items[2].url"))))
                .body("items[1].body", org.hamcrest.Matchers.startsWith("creation_id=sandbox-"))
                .body("items[2].method", equalTo("GET"))
                .body("items[2].url", org.hamcrest.Matchers.endsWith("?fields=id,permalink"));
    }

    @Test
    void anActionForAnAccountTheBrandDoesNotHaveFails() {
        UUID actionId = UUID.randomUUID();
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("c", reply(actionId, "globex", "1234567890", "777_x", "hi"));
            Event<DeliveryReported> report = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT);
            assertEquals(DeliveryOutcome.FAILED, report.data().outcome());
            assertEquals("brand 'globex' has no facebook account '1234567890'", report.data().reason());
        }
    }

    @Test
    void aTelegramReplyIsRecordedWithTheBotTokenRedactedInTheAddress() {
        UUID actionId = UUID.randomUUID();
        Instant now = Instant.now();
        Event<OutboundActionRequested> request = Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now,
                new OutboundActionRequested(actionId, OutboundAction.REPLY, Platform.TELEGRAM, "7000000001",
                        "-1001234567890_55", "Спасибо! 🙏", "agent1", "conversation/c/reply/r"));
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("c", request);
            assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT).data().outcome());
        }
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).pathParam("brand", "acme")
                .queryParam("actionId", actionId.toString()).get("/api/v1/brands/{brand}/sandbox/requests")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].url", equalTo("https://api.telegram.org/botREDACTED/sendMessage"))
                .body("items[0].headers.Content-Type", equalTo("application/json; charset=UTF-8"))
                .body("items[0].body", equalTo("{\"chat_id\":-1001234567890,\"text\":\"Спасибо! 🙏\","
                        + "\"reply_parameters\":{\"message_id\":55}}"));
    }

    @Test
    void anActionThePlatformCannotTakeRecordsNothingAndFailsWithTheReason() {
        UUID actionId = UUID.randomUUID();
        Instant now = Instant.now();
        Event<OutboundActionRequested> request = Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now,
                new OutboundActionRequested(actionId, OutboundAction.HIDE, Platform.TELEGRAM, "7000000001", "5_55",
                        null, "agent1", "conversation/c/reply/r"));
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("c", request);
            Event<DeliveryReported> report = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT);
            assertEquals(DeliveryOutcome.FAILED, report.data().outcome());
            assertEquals("telegram has no hidden messages; delete the message instead", report.data().reason());
            assertTrue(report.data().sandbox());
        }
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).pathParam("brand", "acme")
                .queryParam("actionId", actionId.toString()).get("/api/v1/brands/{brand}/sandbox/requests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theRecordsAreTheBrandsOwn() {
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).pathParam("brand", "acme")
                .get("/api/v1/brands/{brand}/sandbox/requests").then().statusCode(404);
        given().pathParam("brand", "acme").get("/api/v1/brands/{brand}/sandbox/requests").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).pathParam("brand", "acme")
                .queryParam("limit", 0).get("/api/v1/brands/{brand}/sandbox/requests").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    static Event<OutboundActionRequested> reply(UUID actionId, String brand, String page, String target, String text) {
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "inbox-service", brand, "c", now, now, new OutboundActionRequested(
                actionId, OutboundAction.REPLY, Platform.FACEBOOK, page, target, text, "agent1",
                "conversation/c/reply/r"));
    }
}
