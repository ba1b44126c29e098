package io.parley.standards.targets;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A manager writes down how fast the brand answers; every service learns it from the standards topic. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class ResponseTargetsTest {

    private static final String PATH = "/api/v1/brands/acme/response-targets";

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    @Test
    void aManagerSetsTargetsAndTheNewVersionIsPublished() {
        String etag = given().header("Authorization", as("manager1")).get(PATH).then().statusCode(200)
                .extract().header("ETag");
        long before = Long.parseLong(etag.replace("\"", ""));
        try (EventTail standards = EventTail.open(Topics.STANDARDS)) {
            given().header("Authorization", as("manager1")).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("defaultMinutes", 90, "targets", List.of(
                            Map.of("platform", "facebook", "firstResponseMinutes", 20),
                            Map.of("platform", "LinkedIn", "firstResponseMinutes", 240))))
                    .put(PATH).then().statusCode(200)
                    .header("ETag", equalTo("\"" + (before + 1) + "\""))
                    .body("version", equalTo((int) before + 1))
                    .body("updatedBy", equalTo("manager1"));
            Event<ResponseTargetsChanged> event = standards.awaitEvent(ResponseTargetsChanged.class,
                    e -> e.brand().equals("acme") && e.data().version() == before + 1, Duration.ofSeconds(15));
            assertEquals(90, event.data().defaultMinutes());
            assertEquals(List.of(new ResponseTargetsChanged.ChannelTarget(Platform.FACEBOOK, 20),
                    new ResponseTargetsChanged.ChannelTarget(Platform.LINKEDIN, 240)), event.data().targets());
            // The targets keep their key (the brand); the whole catalogue of the same version goes under acme/catalogue.
            assertEquals("acme", standards.records().stream()
                    .filter(r -> r.value() != null && new String(r.value()).contains("\"version\":" + (before + 1))
                            && new String(r.value()).contains(ResponseTargetsChanged.TYPE))
                    .findFirst().orElseThrow().key());
        }
        given().header("Authorization", as("agent1")).get(PATH).then().statusCode(200)
                .header("ETag", equalTo("\"" + (before + 1) + "\""))
                .body("version", equalTo((int) before + 1))
                .body("defaultMinutes", equalTo(90))
                .body("targets.platform", equalTo(List.of("facebook", "linkedin")))
                .body("targets.firstResponseMinutes", equalTo(List.of(20, 240)))
                .body("updatedBy", equalTo("manager1"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String etag = given().header("Authorization", as("manager1")).get(PATH).then().extract().header("ETag");
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("defaultMinutes", 45, "targets", List.of())).put(PATH).then().statusCode(200);
        given().header("Authorization", as("manager1")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("defaultMinutes", 5, "targets", List.of())).put(PATH).then().statusCode(412)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/precondition-failed"));
        given().header("Authorization", as("manager1")).get(PATH).then().body("defaultMinutes", equalTo(45));
    }

    @Test
    void invalidTargetsNameEveryBadFieldAndChangeNothing() {
        String etag = given().header("Authorization", as("manager1")).get(PATH).then().extract().header("ETag");
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("defaultMinutes", 60, "targets", List.of(
                        Map.of("platform", "facebook", "firstResponseMinutes", 30),
                        Map.of("platform", "facebook", "firstResponseMinutes", 0))))
                .put(PATH).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("targets[1].platform", "targets[1].firstResponseMinutes")));
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON).body("{\"defaultMinutes\": \"soon\"}")
                .put(PATH).then().statusCode(400).body("type", equalTo("/problems/bad-request"));
        given().header("Authorization", as("manager1")).get(PATH).then().header("ETag", equalTo(etag));
    }

    @Test
    void onlyTheBrandsManagersChangeIt() {
        Map<String, Object> body = Map.of("defaultMinutes", 60, "targets", List.of());
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON).body(body).put(PATH)
                .then().statusCode(403);
        given().header("Authorization", as("agent2")).get(PATH).then().statusCode(404)
                .body("detail", equalTo("brand 'acme' does not exist"));
        given().get(PATH).then().statusCode(401);
    }
}
