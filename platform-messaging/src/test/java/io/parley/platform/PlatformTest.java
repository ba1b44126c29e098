package io.parley.platform;

import io.parley.contracts.Topics;
import io.parley.contracts.posts.PostDrafted;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared pieces against real PostgreSQL, Kafka and Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "platform"))
class PlatformTest {

    @Inject
    ProbeApplication.ProbeChanges changes;

    @Inject
    io.parley.platform.kafka.KafkaConnection kafka;

    /**
     * The clients Parley builds itself connect as the messaging channels do: the security settings of the default
     * Kafka configuration go with them (here an SSL setting that PLAINTEXT ignores, from the test configuration), and
     * nothing else of it (only connection settings).
     */
    @Test
    void ownKafkaClientsCarryTheBrokerSecuritySettings() {
        java.util.Properties props = kafka.clientProperties("probe");
        assertEquals("https", props.get("ssl.endpoint.identification.algorithm"));
        assertEquals("probe", props.get("client.id"));
        assertTrue(props.get("bootstrap.servers").toString().startsWith("localhost:"), props.toString());
        assertTrue(props.keySet().stream().map(Object::toString).allMatch(k -> k.equals("bootstrap.servers")
                || k.equals("client.id") || k.equals("security.protocol") || k.startsWith("ssl.")
                || k.startsWith("sasl.")), props.keySet().toString());
    }

    @Test
    void aCommittedChangeIsPublishedAndLeavesTheOutbox() {
        UUID id = UUID.randomUUID();
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            changes.change(id, "committed ❤", false);
            var event = posts.awaitEvent(PostDrafted.class, e -> e.id().equals(id), Duration.ofSeconds(15));
            assertEquals("committed ❤", event.data().text());
            assertEquals(id.toString(), posts.records().stream().filter(r -> r.key().equals(id.toString()))
                    .findFirst().orElseThrow().key());
        }
        assertEquals(1, changes.count(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> changes.pendingOutbox() == 0);
    }

    @Test
    void aRolledBackChangeEmitsNothing() {
        UUID failed = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            assertThrows(IllegalStateException.class, () -> changes.change(failed, "rolled back", true));
            changes.change(after, "committed after", false);
            // Events leave the outbox in commit order: once the later one is out, the failed one
            // would have been out before it, had it been committed.
            posts.awaitEvent(PostDrafted.class, e -> e.id().equals(after), Duration.ofSeconds(15));
            assertEquals(0, posts.records().stream().filter(r -> failed.toString().equals(r.key())).count());
        }
        assertEquals(0, changes.count(failed));
    }

    @Test
    void eventsKeptForABatchAreWrittenTogetherAndPublished() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            changes.changes(ids, "Ζήτημα ❤ zażółć", false);
            for (UUID id : ids) {
                var event = posts.awaitEvent(PostDrafted.class, e -> e.id().equals(id), Duration.ofSeconds(15));
                assertEquals("Ζήτημα ❤ zażółć", event.data().text());
                assertEquals(1, changes.count(id));
            }
        }
    }

    @Test
    void aTransactionEndingWithEventsKeptButNeverWrittenRollsBack() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        UUID after = UUID.randomUUID();
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            RuntimeException failed = assertThrows(RuntimeException.class,
                    () -> changes.changes(ids, "forgotten", true));
            assertTrue(causes(failed).contains("never written"), causes(failed));
            changes.change(after, "committed after", false);
            posts.awaitEvent(PostDrafted.class, e -> e.id().equals(after), Duration.ofSeconds(15));
            assertEquals(0, posts.records().stream().filter(r -> ids.contains(UUID.fromString(r.key()))).count(),
                    "no event of the rolled-back changes");
        }
        for (UUID id : ids) {
            assertEquals(0, changes.count(id), "nor the changes themselves");
        }
    }

    @Test
    void eventsAreClaimedTogetherOnceEach() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        String consumer = "probe-" + UUID.randomUUID();
        assertEquals(Set.of(a, b), changes.claimAll(consumer, List.of(a, b, a)), "the same id twice is one claim");
        assertEquals(Set.of(c), changes.claimAll(consumer, List.of(a, c)), "a claimed id is not claimed again");
        assertEquals(Set.of(a), changes.claimAll("other-" + consumer, List.of(a)), "claims are per consumer");
        assertEquals(Set.of(), changes.claimAll(consumer, List.of()));
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(" / ");
            for (Throwable s : c.getSuppressed()) {
                all.append(causes(s));
            }
        }
        return all.toString();
    }

    @Test
    void brandsComeFromTheToken() {
        given().header("Authorization", Tokens.bearer(Tokens.forUser("admin1")))
                .get("/api/probe/brands").then().statusCode(200).body("$", contains("acme", "globex"));
        given().header("Authorization", Tokens.bearer(Tokens.forIntegrator()))
                .get("/api/probe/brands").then().statusCode(200).body("$", contains("acme"));
    }

    @Test
    void anotherBrandIsNotFoundNotForbidden() {
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2")))
                .get("/api/probe/brands/acme").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("brand 'acme' does not exist"));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .get("/api/probe/brands/acme").then().statusCode(200).body(equalTo("acme"));
    }

    @Test
    void anotherBrandInThePathIsNotFoundBeforeTheBodyIsRead() {
        // agent2 is globex's: acme's path answers 404 whatever the body, so a body's 400 tells nothing about acme
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).contentType("application/json")
                .body("{not json").post("/api/probe/brands/acme/greetings").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("brand 'acme' does not exist"));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).contentType("application/json")
                .body("{not json").post("/api/probe/brands/globex/greetings").then().statusCode(400);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).contentType("application/json")
                .body("{not json").post("/api/probe/brands/acme/greetings").then().statusCode(400);
        // a control character in the brand is named as such, before any brand is looked at
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).urlEncodingEnabled(false)
                .get("/api/probe/brands/ac%00me").then().statusCode(400).body("detail", containsString("brand"));
    }

    @Test
    void securityFailuresAreProblems() {
        given().get("/api/probe/brands").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get("/api/probe/brands").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("editor1")))
                .get("/api/probe/brands/acme").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void everyErrorIsAPreciseProblemDocument() {
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        given().header("Authorization", token).queryParam("who", "agent1").get("/api/probe/conflict")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("agent1 is already answering"))
                .body("instance", equalTo("/api/probe/conflict"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"text\": ")
                .post("/api/probe/greetings").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/bad-request"))
                .body("detail", startsWith("the body is not valid JSON"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"text\": [1]}")
                .post("/api/probe/greetings").then().statusCode(400)
                .body("type", equalTo("/problems/bad-request"))
                .body("detail", equalTo("text: must be text, was an array"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"text\": \"far too long text\"}")
                .post("/api/probe/greetings").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("text"));
        given().header("Authorization", token).get("/api/probe/nowhere")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Authorization", token).get("/api/probe/bug")
                .then().statusCode(500).contentType(startsWith("application/problem+json"))
                .body("detail", not(containsString("secret internals")));
    }
}
