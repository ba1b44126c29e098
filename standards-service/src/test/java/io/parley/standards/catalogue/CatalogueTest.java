package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.standards.checks.TestCatalogues;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager keeps the brand's catalogue: versions with author and comment, history, diff, roll-back,
 * versions that take effect later, conflicting edits - and every service hears of the version in force
 * from the standards topic.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class CatalogueTest {

    private static final String ACME = "/api/v1/brands/acme/standards";
    private static final String GLOBEX = "/api/v1/brands/globex/standards";

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    private static Map<String, Object> update(String comment, JsonNode catalogue) {
        return Map.of("comment", comment, "catalogue", catalogue);
    }

    private static String etag(String path, String user) {
        return given().header("Authorization", as(user)).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static long number(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    @Test
    void aManagerWritesAVersionAndEveryServiceHearsOfIt() {
        String etag = etag(ACME, "manager1");
        long next = number(etag) + 1;
        try (EventTail standards = EventTail.open(Topics.STANDARDS)) {
            given().header("Authorization", as("manager1")).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(update("Winter rules 🧣: no 'darmowy', Facebook in 30 min", TestCatalogues.document()))
                    .put(ACME).then().statusCode(200)
                    .header("ETag", equalTo("\"" + next + "\""))
                    .body("version", equalTo((int) next))
                    .body("status", equalTo("current"))
                    .body("author", equalTo("manager1"))
                    .body("comment", equalTo("Winter rules 🧣: no 'darmowy', Facebook in 30 min"))
                    .body("catalogue.content.forbidden[1].phrase", equalTo("darmowy"));

            Event<StandardsCatalogueChanged> catalogue = standards.awaitEvent(StandardsCatalogueChanged.class,
                    e -> e.brand().equals("acme") && e.data().version() == next, Duration.ofSeconds(15));
            assertEquals("manager1", catalogue.data().changedBy());
            assertEquals("бесплатный", catalogue.data().catalogue().at("/content/forbidden/2/phrase").asText());
            Event<ResponseTargetsChanged> targets = standards.awaitEvent(ResponseTargetsChanged.class,
                    e -> e.brand().equals("acme") && e.data().version() == next, Duration.ofSeconds(15));
            assertEquals(60, targets.data().defaultMinutes());
            assertEquals(List.of(new ResponseTargetsChanged.ChannelTarget(Platform.FACEBOOK, 30)), targets.data().targets());
            // Two keys on the compacted topic, so that compaction keeps the catalogue and the targets.
            List<String> keys = standards.records().stream().filter(r -> new String(r.value()).contains(
                    "\"version\":" + next)).map(r -> r.key()).sorted().toList();
            assertEquals(List.of("acme", "acme/catalogue"), keys);
        }
        given().header("Authorization", as("agent1")).get(ACME).then().statusCode(200)
                .body("version", equalTo((int) next)).body("catalogue.links.maxLinks", equalTo(2));
        given().header("Authorization", as("agent1")).get(ACME + "/versions").then().statusCode(200)
                .body("currentVersion", equalTo((int) next))
                .body("versions[0].version", equalTo((int) next))
                .body("versions[0].author", equalTo("manager1"))
                .body("versions[0].status", equalTo("current"))
                .body("versions[0].comment", startsWith("Winter rules 🧣"));
        given().header("Authorization", as("agent1")).get(ACME + "/versions/" + next).then().statusCode(200)
                .body("catalogue.otherBrands.brands[0].handles[0]", equalTo("@globex"));
        // The response-targets view reads section 9 of the same version.
        given().header("Authorization", as("agent1")).get("/api/v1/brands/acme/response-targets").then()
                .statusCode(200).body("version", equalTo((int) next))
                .body("targets.platform", equalTo(List.of("facebook")));
    }

    @Test
    void anInvalidCatalogueIs422NamingEveryBadFieldAndStoresNothing() {
        String etag = etag(ACME, "manager1");
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) doc.at("/content/forbidden/0")).put("severity", "never");
        ((ObjectNode) doc.at("/links")).put("maxLinks", -1);
        ((ObjectNode) doc.at("/logos")).put("maxShare", 1.5);
        doc.remove("engagement");
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("catalogue", doc, "effectiveFrom", "yesterday"))
                .put(ACME).then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/unprocessable"))
                .body("errors.field", equalTo(List.of("comment", "effectiveFrom", "catalogue.content.forbidden[0].severity",
                        "catalogue.links.maxLinks", "catalogue.logos.maxShare", "catalogue.engagement")))
                .body("errors[2].message", equalTo("must be one of warn, block, was 'never'"));
        given().header("Authorization", as("manager1")).get(ACME).then().header("ETag", equalTo(etag));
    }

    @Test
    void aStaleIfMatchIs412AndRacingEditsLeaveOneWinner() throws Exception {
        String etag = etag(ACME, "manager1");
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(update("someone else's change", TestCatalogues.document())).put(ACME).then().statusCode(200);
        given().header("Authorization", as("manager1")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(update("my change", TestCatalogues.document())).put(ACME).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", equalTo("If-Match: version " + number(etag) + " is stale; the current version is "
                        + (number(etag) + 1) + " — read it again and retry"));

        String before = etag(ACME, "manager1");
        String token = as("manager1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String comment = "racing edit " + i;
                Callable<Integer> edit = () -> given().header("Authorization", token).header("If-Match", before)
                        .contentType(ContentType.JSON).body(update(comment, TestCatalogues.document())).put(ACME)
                        .then().extract().statusCode();
                answers.add(pool.submit(edit));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(number(before) + 1, number(etag(ACME, "manager1")));
    }

    @Test
    void diffShowsWhatChangedAndARollBackMakesANewVersion() {
        ObjectNode warn = (ObjectNode) TestCatalogues.document();
        ObjectNode block = warn.deepCopy();
        ((ObjectNode) block.at("/content/forbidden/4")).put("severity", "block");
        ((ObjectNode) block.at("/links")).put("maxLinks", 1);
        long a = given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(update("superlatives warn", warn)).put(ACME).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        long b = given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(update("superlatives block", block)).put(ACME).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        given().header("Authorization", as("agent1")).queryParam("from", a).queryParam("to", b).get(ACME + "/diff")
                .then().statusCode(200)
                .body("changes.path", equalTo(List.of("content.forbidden[4].severity", "links.maxLinks")))
                .body("changes.before", equalTo(List.of("warn", 2)))
                .body("changes.after", equalTo(List.of("block", 1)));

        Response rolled = given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("toVersion", a, "comment", "too strict")).post(ACME + "/rollback");
        rolled.then().statusCode(200)
                .body("version", equalTo((int) b + 1))
                .body("rolledBackFrom", equalTo((int) a))
                .body("comment", equalTo("Roll-back to version " + a + ": too strict"))
                .body("catalogue.content.forbidden[4].severity", equalTo("warn"));
        given().header("Authorization", as("agent1")).queryParam("from", a).queryParam("to", b + 1)
                .get(ACME + "/diff").then().statusCode(200).body("changes", equalTo(List.of()));
        given().header("Authorization", as("agent1")).queryParam("from", a).queryParam("to", 99_999)
                .get(ACME + "/diff").then().statusCode(404)
                .body("detail", equalTo("the standards of 'acme' have no version 99999 ('to')"));
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("toVersion", 99_999, "comment", "x")).post(ACME + "/rollback").then().statusCode(404);
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("toVersion", a)).post(ACME + "/rollback").then().statusCode(422)
                .body("errors.field", equalTo(List.of("comment")));
    }

    @Test
    void aVersionTakesEffectAtItsTimeAndIsPublishedOnce() {
        // globex: its admin is admin1, and no other test schedules versions there.
        ObjectNode later = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) later.at("/responseTargets")).put("defaultMinutes", 45);
        Instant effectiveFrom = Instant.now().plusSeconds(4).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (EventTail standards = EventTail.open(Topics.STANDARDS)) {
            long before = given().header("Authorization", as("admin1")).get(GLOBEX).then().statusCode(200)
                    .extract().jsonPath().getLong("version");
            long scheduled = given().header("Authorization", as("admin1")).contentType(ContentType.JSON)
                    .body(Map.of("comment", "from in a moment", "effectiveFrom", effectiveFrom.toString(),
                            "catalogue", later))
                    .put(GLOBEX).then().statusCode(200)
                    .body("status", equalTo("scheduled"))
                    .body("effectiveFrom", equalTo(effectiveFrom.toString()))
                    .extract().jsonPath().getLong("version");
            // Until then the earlier version stays in force; the ETag already names the scheduled one.
            given().header("Authorization", as("admin1")).get(GLOBEX).then()
                    .header("ETag", equalTo("\"" + scheduled + "\""));
            given().header("Authorization", as("admin1")).get(GLOBEX + "/versions").then()
                    .body("versions[0].status", equalTo("scheduled"));

            Event<StandardsCatalogueChanged> published = standards.awaitEvent(StandardsCatalogueChanged.class,
                    e -> e.brand().equals("globex") && e.data().version() == scheduled, Duration.ofSeconds(30));
            assertTrue(!Instant.now().isBefore(published.data().effectiveFrom()));
            assertEquals(45, standards.awaitEvent(ResponseTargetsChanged.class, e -> e.brand().equals("globex")
                    && e.data().version() == scheduled, Duration.ofSeconds(15)).data().defaultMinutes());
            assertTrue(scheduled > before);
            given().header("Authorization", as("admin1")).get(GLOBEX).then()
                    .body("version", equalTo((int) scheduled)).body("status", equalTo("current"));

            // A version scheduled for later that a newer one overtakes never comes into force.
            long overtaken = given().header("Authorization", as("admin1")).contentType(ContentType.JSON)
                    .body(Map.of("comment", "next year", "effectiveFrom", Instant.now().plusSeconds(3600).toString(),
                            "catalogue", later))
                    .put(GLOBEX).then().statusCode(200).extract().jsonPath().getLong("version");
            long now = given().header("Authorization", as("admin1")).contentType(ContentType.JSON)
                    .body(update("right now", TestCatalogues.document())).put(GLOBEX).then().statusCode(200)
                    .body("status", equalTo("current")).extract().jsonPath().getLong("version");
            standards.awaitEvent(StandardsCatalogueChanged.class, e -> e.brand().equals("globex")
                    && e.data().version() == now, Duration.ofSeconds(15));
            given().header("Authorization", as("admin1")).get(GLOBEX + "/versions/" + overtaken).then()
                    .body("status", equalTo("superseded"));
            // The publisher ran every second all along: the scheduled version went out exactly once.
            long times = standards.records().stream().filter(r -> "globex/catalogue".equals(r.key())
                    && new String(r.value()).contains("\"version\":" + scheduled + ",")).count();
            assertEquals(1, times);
        }
    }

    @Test
    void effectiveFromInThePastIsRefused() {
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("comment", "backdated", "effectiveFrom", "2020-01-01T00:00:00Z",
                        "catalogue", TestCatalogues.document()))
                .put(ACME).then().statusCode(422).body("errors.field", equalTo(List.of("effectiveFrom")));
    }

    @Test
    void onlyTheBrandsPeopleSeeItAndOnlyManagersChangeIt() {
        Map<String, Object> body = update("x", TestCatalogues.document());
        given().header("Authorization", as("manager1")).get(GLOBEX).then().statusCode(404)
                .body("detail", equalTo("brand 'globex' does not exist"));
        given().header("Authorization", as("agent2")).get(ACME + "/versions").then().statusCode(404);
        given().header("Authorization", as("agent2")).get(ACME + "/versions/1").then().statusCode(404)
                .body("detail", equalTo("brand 'acme' does not exist"));
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON).body(body).put(GLOBEX).then()
                .statusCode(404);
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON).body(body).put(ACME).then()
                .statusCode(403).contentType(startsWith("application/problem+json"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("toVersion", 1, "comment", "x")).post(ACME + "/rollback").then().statusCode(403);
        given().get(ACME).then().statusCode(401);
    }
}
