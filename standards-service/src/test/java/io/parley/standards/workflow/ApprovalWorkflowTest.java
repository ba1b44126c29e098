package io.parley.standards.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.standards.catalogue.CatalogueJson;
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
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A manager writes section 1 with ordered steps; the calendar (with the editor's token, or the integrator's)
 * asks which steps a post must pass; the steps are versioned, compared and rolled back like every section.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class ApprovalWorkflowTest {

    private static final String STANDARDS = "/api/v1/brands/acme/standards";
    private static final String WORKFLOW = STANDARDS + "/approval-workflow";

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    private static ObjectNode catalogueWithSteps(String remindAfter) throws Exception {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ArrayNode rules = (ArrayNode) doc.at("/approvers/rules");
        rules.add(CatalogueJson.mapper().readTree("""
                {"contentType":"post","riskLevel":"normal","steps":[
                  {"name":"Brand review","approvers":[{"kind":"role","id":"approver"}],"required":1,
                   "remindAfter":"%s","escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}],
                   "skippableBy":["manager"]},
                  {"name":"Client sign-off","approvers":[{"kind":"external","id":"any"}],"required":1}]}"""
                .formatted(remindAfter)));
        return doc;
    }

    private static long write(ObjectNode catalogue, String comment) {
        return given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("comment", comment, "catalogue", catalogue)).put(STANDARDS).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    @Test
    void everyRoleOfTheBrandAndTheIntegratorReadTheStepsOfAPost() throws Exception {
        long version = write(catalogueWithSteps("PT4H"), "Two steps for posts: brand review, then the client");
        for (String user : List.of("agent1", "editor1", "approver1", "manager1", "admin1")) {
            given().header("Authorization", as(user)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "facebook", "contentType", "post", "riskLevel", "normal"))
                    .post(WORKFLOW).then().statusCode(200)
                    .body("brand", equalTo("acme"))
                    .body("catalogueVersion", equalTo((int) version))
                    .body("rule", equalTo(1))
                    .body("path", equalTo("approvers.rules[1]"))
                    .body("steps.name", equalTo(List.of("Brand review", "Client sign-off")))
                    .body("steps[0].approvers", equalTo(List.of(Map.of("kind", "role", "id", "approver"))))
                    .body("steps[0].required", equalTo(1))
                    .body("steps[0].remindAfter", equalTo("PT4H"))
                    .body("steps[0].escalateAfter", equalTo("PT8H"))
                    .body("steps[0].escalateTo", equalTo(List.of(Map.of("kind", "role", "id", "manager"))))
                    .body("steps[0].skippableBy", equalTo(List.of("manager")))
                    .body("steps[1].approvers", equalTo(List.of(Map.of("kind", "external", "id", "any"))))
                    .body("steps[1].remindAfter", nullValue())
                    .body("steps[1].escalateTo", equalTo(List.of()));
        }
        // A service without a user (client credentials) asks too. Risk and type default to normal and post.
        given().header("Authorization", Tokens.bearer(Tokens.forIntegrator())).contentType(ContentType.JSON)
                .body(Map.of("channel", "instagram")).post(WORKFLOW).then().statusCode(200)
                .body("steps.name", equalTo(List.of("Brand review", "Client sign-off")));
        // The LinkedIn high-risk rule (written before steps: sequential manager, then approver1) reads as two steps.
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("channel", "linkedin", "contentType", "article", "riskLevel", "high")).post(WORKFLOW)
                .then().statusCode(200)
                .body("rule", equalTo(0))
                .body("steps.name", equalTo(List.of("Approval by manager", "Approval by approver1")))
                .body("steps.required", equalTo(List.of(1, 1)));
        // No rule fits a Facebook video: nothing to approve.
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("channel", "facebook", "contentType", "video")).post(WORKFLOW).then().statusCode(200)
                .body("rule", nullValue()).body("path", nullValue()).body("steps", equalTo(List.of()));
    }

    @Test
    void badQuestionsAre400NamingTheFieldAndOtherBrandsAreNotFound() {
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("contentType", "podcast", "riskLevel", "extreme")).post(WORKFLOW).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("channel", "contentType", "riskLevel")))
                .body("errors[2].message", equalTo("must be one of low, normal, high, was 'extreme'"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("channel", "myspace")).post(WORKFLOW).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        given().header("Authorization", as("agent2")).contentType(ContentType.JSON)
                .body(Map.of("channel", "facebook")).post(WORKFLOW).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("channel", "facebook")).post(WORKFLOW).then().statusCode(401);
    }

    @Test
    void stepsAreVersionedComparedAndRolledBack() throws Exception {
        long first = write(catalogueWithSteps("PT4H"), "Remind after four hours");
        long second = write(catalogueWithSteps("PT2H"), "Remind after two hours");
        given().header("Authorization", as("agent1")).get(STANDARDS + "/diff?from=" + first + "&to=" + second).then()
                .statusCode(200)
                .body("changes.path", equalTo(List.of("approvers.rules[1].steps[0].remindAfter")))
                .body("changes[0].before", equalTo("PT4H")).body("changes[0].after", equalTo("PT2H"));
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("toVersion", first, "comment", "Four hours it is")).post(STANDARDS + "/rollback").then()
                .statusCode(200).body("catalogue.approvers.rules[1].steps[0].remindAfter", equalTo("PT4H"))
                .body("catalogue.approvers.rules[1].steps[1].approvers[0].kind", equalTo("external"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("channel", "facebook")).post(WORKFLOW).then().statusCode(200)
                .body("steps[0].remindAfter", equalTo("PT4H"));
        // An invalid step is 422 naming it, and nothing is stored.
        ObjectNode bad = catalogueWithSteps("PT9H");
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("comment", "bad", "catalogue", bad)).put(STANDARDS).then().statusCode(422)
                .body("errors.field", equalTo(List.of("catalogue.approvers.rules[1].steps[0].escalateAfter")))
                .body("errors[0].message", equalTo("must be longer than remindAfter (PT9H), was PT8H"));
    }
}
