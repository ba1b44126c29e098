package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ownership endpoint documents itself: a tag, a summary and a description, a success, 401, problem+json
 * errors, and an example for every response with a body.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class OwnershipOpenApiTest {

    private static final List<String> OURS = List.of("/teams", "/assignment-rules", "/assignment-gaps", "/ownership",
            "/assignment", "/answering");

    @Test
    @SuppressWarnings("unchecked")
    void everyOwnershipOperationIsDocumented() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (OURS.stream().noneMatch(path.getKey()::contains)) {
                continue;
            }
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                assertNotNull(op.get("summary"), name + " has no summary");
                assertNotNull(op.get("description"), name + " has no description");
                assertFalse(((List<?>) op.get("tags")).isEmpty(), name + " has no tag");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), name + " has no success");
                assertTrue(responses.containsKey("401"), name + " does not document 401");
                assertTrue(responses.containsKey("404"), name + " does not document 404");
                for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                    if (response.getKey().equals("204")) {
                        continue; // no body
                    }
                    Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
                    assertNotNull(content, name + " " + response.getKey() + " has no content");
                    if (response.getKey().startsWith("4")) {
                        assertTrue(content.containsKey("application/problem+json"),
                                name + " " + response.getKey() + " is not problem+json");
                    }
                    assertTrue(content.values().stream().anyMatch(c -> ((Map<String, Object>) c)
                            .containsKey("examples")), name + " " + response.getKey() + " has no example");
                }
            }
        }
        assertTrue(operations >= 11, "found " + operations + " ownership operations");
    }
}
