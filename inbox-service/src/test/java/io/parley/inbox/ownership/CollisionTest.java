package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Platform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.messageArrives;
import static io.parley.inbox.ownership.OwnershipScenarios.ownership;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two agents cannot send two answers to the same comment by accident. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class CollisionTest {

    private static String arrives() {
        return messageArrives(Platform.FACEBOOK, "coll_" + UUID.randomUUID(), "Ktoś mi odpowie? 🙏", "pl", "question",
                Instant.now());
    }

    @Test
    void aSecondAgentSeesWhoIsAnsweringAndCannotSendMeanwhile() {
        String id = arrives();
        given().header("Authorization", bearer("agent1")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(200).body("answeringBy", equalTo("agent1"));
        assertEquals("agent1", ownership(id).getString("answeringBy"), "the conversation shows who is answering");
        assertNotNull(ownership(id).getString("answeringUntil"));

        given().header("Authorization", bearer("manager1")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("agent1 is answering this conversation"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("text", "Już sprawdzam!")).post("/api/v1/conversations/" + id + "/replies").then()
                .statusCode(409).body("detail", startsWith("agent1 is answering this conversation"));
        given().header("Authorization", bearer("manager1")).delete("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(409);
        given().header("Authorization", bearer("agent2")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(404);

        given().header("Authorization", bearer("agent1")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(200).body("answeringBy", equalTo("agent1")); // renewing is fine
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("text", "Sprawdzamy, dziękujemy za cierpliwość 🙏")).post("/api/v1/conversations/" + id
                        + "/replies").then().statusCode(201);
        assertNull(ownership(id).getString("answeringBy"), "sending the reply ends the mark");
    }

    @Test
    void lettingGoFreesTheConversationForOthers() {
        String id = arrives();
        given().header("Authorization", bearer("agent1")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(200);
        given().header("Authorization", bearer("agent1")).delete("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(204);
        given().header("Authorization", bearer("manager1")).post("/api/v1/conversations/" + id + "/answering").then()
                .statusCode(200).body("answeringBy", equalTo("manager1"));
    }

    @Test
    void twoAgentsSendingAtTheSameMomentMakeExactlyOneReply() throws Exception {
        String id = arrives();
        List<Integer> statuses = sendTogether(id, List.of(
                new Send("agent1", "Odpowiedź agenta", null), new Send("manager1", "Odpowiedź kierownika", null)));
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        assertEquals(1, replies(id));
    }

    @Test
    void oneAgentSendingTwiceAtOnceMakesOneReplyAndTheIdempotencyKeyStillHolds() throws Exception {
        String id = arrives();
        List<Integer> statuses = sendTogether(id, List.of(new Send("agent1", "Raz", "k1-" + id),
                new Send("agent1", "Dwa", "k2-" + id)));
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        assertEquals(1, replies(id));

        String other = arrives();
        List<Integer> retried = sendTogether(other, List.of(new Send("agent1", "Raz", "same-" + other),
                new Send("agent1", "Raz", "same-" + other)));
        assertEquals(List.of(200, 201), retried.stream().sorted().toList(), "a retry with the key is no collision");
        assertEquals(1, replies(other));
    }

    private record Send(String user, String text, String key) {
    }

    private static int replies(String id) {
        return given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + id).then()
                .statusCode(200).extract().jsonPath().getList("replies").size();
    }

    /** Real concurrent HTTP requests, released at the same moment. */
    private static List<Integer> sendTogether(String id, List<Send> sends) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/v1/conversations/" + id + "/replies");
        CyclicBarrier barrier = new CyclicBarrier(sends.size());
        ExecutorService pool = Executors.newFixedThreadPool(sends.size());
        try {
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (Send s : sends) {
                String token = bearer(s.user());
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + s.text() + "\"}",
                                StandardCharsets.UTF_8));
                if (s.key() != null) {
                    request.header("Idempotency-Key", s.key());
                }
                HttpRequest built = request.build();
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await();
                        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 409) {
                            assertTrue(response.headers().firstValue("Content-Type").orElse("")
                                    .startsWith("application/problem+json"));
                            assertTrue(response.body().contains("answering") || response.body().contains("on its way"),
                                    response.body());
                        }
                        return response.statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
