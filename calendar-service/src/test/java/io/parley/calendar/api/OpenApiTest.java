package io.parley.calendar.api;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint documents itself: a tag, a summary, an example of success and problem+json errors. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        assertFalse(paths.isEmpty());
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue; // path-level parameters
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                assertNotNull(op.get("summary"), name + " has no summary");
                assertFalse(((java.util.List<?>) op.get("tags")).isEmpty(), name + " has no tag");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2") || s.startsWith("3")),
                        name + " has no success"); // a redirect (the tracked links) succeeds with 302
                if (path.getKey().startsWith("/api/v1/review/") || path.getKey().endsWith("/calendar.ics")) {
                    // The external reviewer's pages and the calendar feeds take no token: their credential is the
                    // link, gone (expired, revoked) is 410.
                    assertTrue(responses.containsKey("410"), name + " does not document 410");
                } else if (path.getKey().startsWith("/api/v1/public/links/")) {
                    // Parley's tracked redirect takes no token and no signature: an unknown code is 404.
                    assertTrue(responses.containsKey("404"), name + " does not document 404");
                } else if (path.getKey().startsWith("/api/v1/public/")) {
                    // The platforms' signed media links take no token: a bad or expired signature is 403.
                    assertTrue(responses.containsKey("403"), name + " does not document 403");
                } else {
                    assertTrue(responses.containsKey("401"), name + " does not document 401");
                }
                for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                    if (response.getKey().startsWith("3")) {
                        Map<String, Object> headers = (Map<String, Object>) response.getValue().get("headers");
                        assertTrue(headers != null && headers.containsKey("Location"),
                                name + " " + response.getKey() + " does not document its Location");
                        continue;
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
        assertTrue(operations > 0);
    }
}
