package io.parley.ingest.vk;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** VK confirms the server, then posts community events carrying the community's secret. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class VkWebhookTest {

    @Test
    void theConfirmationRequestGetsTheCommunitysString() {
        given().contentType("application/json").body("{\"type\":\"confirmation\",\"group_id\":200000001}")
                .post("/webhooks/vk").then().statusCode(200).body(equalTo("demo-vk-confirmation"));
        given().contentType("application/json").body("{\"type\":\"confirmation\",\"group_id\":999}")
                .post("/webhooks/vk").then().statusCode(401);
    }

    @Test
    void aCommentWithTheSecretIsDurableAndAnsweredOk() {
        long id = System.nanoTime() % 1_000_000_000L;
        String event = """
                {"type":"wall_reply_new","group_id":200000001,"event_id":"e%d","v":"5.199","secret":"%s",
                "object":{"id":%d,"from_id":42,"date":1763900000,"text":"Когда будет доставка? 🚚",
                "post_owner_id":-200000001,"post_id":5}}""";
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json")
                    .body(event.formatted(id, "wrong", id).getBytes(StandardCharsets.UTF_8))
                    .post("/webhooks/vk").then().statusCode(401)
                    .body("detail", equalTo("the secret does not match the community's"));
            given().contentType("application/json")
                    .body(event.formatted(id, "demo-vk-secret", id).getBytes(StandardCharsets.UTF_8))
                    .post("/webhooks/vk").then().statusCode(200).body(equalTo("ok"));
            InteractionReceived i = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals("wall-200000001_5_c" + id), Duration.ofSeconds(15)).data();
            assertEquals(InteractionKind.COMMENT, i.kind());
            assertEquals("Когда будет доставка? 🚚", i.text());
            assertEquals(1, interactions.records().stream()
                    .filter(r -> r.key().equals("acme:vk:wall-200000001_5_c" + id)).count());
        }
    }
}
