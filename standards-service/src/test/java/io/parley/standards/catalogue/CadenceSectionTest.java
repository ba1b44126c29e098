package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.platform.problem.Problem;
import io.parley.standards.checks.TestCatalogues;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Section 10, cadence: a manager writes posts per week, the shortest gap, quiet hours and blackouts per channel or
 * channel account; a catalogue without it stays valid; every bad value is named by its path.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class CadenceSectionTest {

    private static final String ACME = "/api/v1/brands/acme/standards";

    static final String CADENCE = """
            {"blackouts":[{"from":"2026-12-24","to":"2026-12-26","reason":"Wigilia i święta: nic nie wychodzi"}],
             "targets":[
               {"channel":"facebook","postsPerWeek":5,"minGapMinutes":240,
                "quietHours":[{"from":"22:00","to":"07:00"},{"days":["SUNDAY"],"from":"07:00","to":"22:00"}]},
               {"channelAccount":"0f0f0f0f-0000-4000-8000-00000000fb01","postsPerWeek":7,
                "blackouts":[{"from":"2027-01-06","to":"2027-01-06"}]}]}""";

    static JsonNode withCadence(String cadence) {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        doc.set("cadence", read(cadence));
        return doc;
    }

    private static JsonNode read(String json) {
        try {
            return CatalogueJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem.FieldError> errors(JsonNode doc) {
        return CatalogueValidator.validate(CatalogueJson.read(doc, ""));
    }

    @Test
    void aCatalogueWithCadenceAndOneWithoutAreValid() {
        assertEquals(List.of(), errors(withCadence(CADENCE)));
        assertEquals(List.of(), errors(TestCatalogues.document()));
        Catalogue c = CatalogueJson.read(withCadence(CADENCE), "").catalogue();
        assertEquals(5, c.cadence().targets().get(0).postsPerWeek());
        assertEquals(java.time.LocalTime.of(22, 0), c.cadence().targets().get(0).quietHours().get(0).from());
        // A channel's override of other sections keeps the cadence.
        assertEquals(c.cadence(), c.forChannel("instagram").cadence());
    }

    @Test
    void everyBadValueIsNamedByItsPath() {
        JsonNode doc = withCadence("""
                {"blackouts":[{"from":"2026-12-26","to":"2026-12-24"},{"from":"2026-01-01","to":"2028-01-01"},
                              {"to":"2026-01-01","reason":" "}],
                 "targets":[
                   {"channel":"myspace","postsPerWeek":0},
                   {"channel":"facebook","channelAccount":"abc"},
                   {"postsPerWeek":3},
                   {"channel":"x","minGapMinutes":20000,"quietHours":[{"from":"22:00"},
                       {"days":["SUNDAY","SUNDAY"],"from":"7 o'clock","to":"08:00"}]},
                   {"channel":"x","postsPerWeek":501},
                   {"channelAccount":"has spaces"}]}""");
        List<Problem.FieldError> errors = errors(doc);
        List<String> paths = errors.stream().map(Problem.FieldError::field).toList();
        assertEquals(List.of(
                "cadence.targets[3].quietHours[1].from",
                "cadence.blackouts[0].to", "cadence.blackouts[1].to", "cadence.blackouts[2].from",
                "cadence.blackouts[2].reason",
                "cadence.targets[0].channel", "cadence.targets[0].postsPerWeek",
                "cadence.targets[1].channelAccount",
                "cadence.targets[2].channel",
                "cadence.targets[3].minGapMinutes", "cadence.targets[3].quietHours[0].to",
                "cadence.targets[3].quietHours[1].days[1]",
                "cadence.targets[4]", "cadence.targets[4].postsPerWeek",
                "cadence.targets[5].channelAccount"), paths, errors.toString());
        Map<String, String> byPath = new java.util.HashMap<>();
        errors.forEach(e -> byPath.put(e.field(), e.message()));
        assertEquals("must be a time like 08:30, was '7 o'clock'", byPath.get("cadence.targets[3].quietHours[1].from"));
        assertEquals("must not be before from (2026-12-26), was 2026-12-24", byPath.get("cadence.blackouts[0].to"));
        assertEquals("give channel or channelAccount, not both", byPath.get("cadence.targets[1].channelAccount"));
        assertEquals("a target for channel x appears more than once", byPath.get("cadence.targets[4]"));
        assertEquals("must be between 1 and 500, was 0", byPath.get("cadence.targets[0].postsPerWeek"));
    }

    @Test
    void aManagerWritesCadenceAndEveryoneReadsIt_anInvalidOneIs422WithEveryPath() {
        given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).contentType(ContentType.JSON)
                .body(Map.of("comment", "Kadencja: 5 postów tygodniowo na Facebooku", "catalogue",
                        withCadence(CADENCE)))
                .put(ACME).then().statusCode(200)
                .body("catalogue.cadence.targets[0].channel", equalTo("facebook"))
                .body("catalogue.cadence.targets[0].quietHours[0].from", equalTo("22:00:00"));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).get(ACME).then().statusCode(200)
                .body("catalogue.cadence.targets[1].channelAccount", equalTo("0f0f0f0f-0000-4000-8000-00000000fb01"))
                .body("catalogue.cadence.blackouts[0].reason", equalTo("Wigilia i święta: nic nie wychodzi"));

        given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).contentType(ContentType.JSON)
                .body(Map.of("comment", "bad", "catalogue", withCadence("""
                        {"targets":[{"channel":"facebook","postsPerWeek":"five","quietHours":[{"from":"22:00"}]}]}""")))
                .put(ACME).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable"))
                .body("errors.field", hasItems("catalogue.cadence.targets[0].postsPerWeek",
                        "catalogue.cadence.targets[0].quietHours[0].to"));
    }
}
