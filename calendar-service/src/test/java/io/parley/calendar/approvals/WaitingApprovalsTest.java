package io.parley.calendar.approvals;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.change;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An approver's list: what waits for them now, and what changed since they last looked. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class WaitingApprovalsTest {

    static final String APPROVALS = "/api/v1/brands/acme/approvals";

    @SuppressWarnings("unchecked")
    static Map<String, Object> entry(String user, String variantId) {
        JsonPath list = given().header("Authorization", as(user)).get(APPROVALS).then().statusCode(200).extract()
                .jsonPath();
        return ((List<Map<String, Object>>) (List<?>) list.getList("items", Map.class)).stream()
                .filter(i -> variantId.equals(((Map<String, Object>) i.get("variant")).get("id"))).findFirst()
                .orElse(null);
    }

    @Test
    void theApproverSeesWhatWaitsForThemWithTheDiffSinceTheirLastLook() {
        JsonPath story = oneVariant(variant(Neighbours.FACEBOOK, "Zimowa kolekcja już jest"));
        String v = variantPath(story, 0);
        String id = story.getString("variants[0].id");
        assertNull(entry("approver1", id), "a draft waits for no one");
        submit("editor1", v).then().statusCode(200);
        Map<String, Object> first = entry("approver1", id);
        assertEquals("Marketing", ((Map<?, ?>) first.get("step")).get("name"));
        assertEquals(story.getString("title"), ((Map<?, ?>) first.get("story")).get("title"));
        assertNull(first.get("diffSinceLastLook"));
        assertNull(entry("editor1", id), "the writer does not approve their own variant");
        assertNull(entry("admin1", "not-there"));
        assertTrue(entry("manager1", id) != null, "a manager is an approver too");

        change("editor1", v, Map.of("text", "Zimowa kolekcja Acme już jest")).then().statusCode(200);
        Map<?, ?> diff = (Map<?, ?>) entry("approver1", id).get("diffSinceLastLook");
        assertEquals("text", ((Map<?, ?>) ((List<?>) diff.get("changes")).get(0)).get("field"));
        assertTrue(((List<?>) diff.get("text")).contains(Map.of("op", "insert", "text", "Acme ")));
        assertNull(entry("approver1", id).get("diffSinceLastLook"), "seen now");

        given().header("Authorization", as("approver1")).contentType("application/json")
                .body(Map.of("decision", "approve", "comment", "ok")).post(v + "/decisions").then().statusCode(200);
        assertNull(entry("approver1", id));
        assertNull(entry("manager1", id));
        given().header("Authorization", as("agent1")).get(APPROVALS).then().statusCode(403);
        given().header("Authorization", as("agent2")).get(APPROVALS).then().statusCode(403);
        given().header("Authorization", as("admin1")).get(APPROVALS.replace("acme", "globex")).then().statusCode(200);
        submit("editor1", variantPath(oneVariant(variant(Neighbours.X, "Czeka")), 0)).then().statusCode(200);
        assertFalse(given().header("Authorization", as("admin1")).get(APPROVALS.replace("acme", "globex")).then()
                .statusCode(200).extract().jsonPath().getList("items").size() > 0, "acme's variants wait in acme only");
    }
}
