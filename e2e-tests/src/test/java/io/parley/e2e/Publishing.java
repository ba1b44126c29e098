package io.parley.e2e;

import io.parley.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.parley.testsupport.stack.ParleyService.CALENDAR;
import static io.restassured.RestAssured.given;

/** The calendar's API as the publishing scenarios use it: acme's stories, read and approved as people do. */
final class Publishing {

    private Publishing() {
    }

    static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** An address under acme's part of the calendar API, e.g. {@code calendar("/stories")}. */
    static String calendar(String path) {
        return RunningStack.url(CALENDAR) + "/api/v1/brands/acme" + path;
    }

    static JsonPath read(String path) {
        return given().header("Authorization", bearer("editor1")).get(calendar(path)).then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * Takes a variant through whatever workflow the brand's catalogue gives it (none, when no catalogue was loaded):
     * approver1 approves a role's step, admin1 a step that names people, a manager skips a client's step with a
     * reason.
     */
    static void approve(String variantPath) {
        for (int round = 0; round < 6; round++) {
            JsonPath v = read(variantPath);
            if (!"in_review".equals(v.getString("status"))) {
                return;
            }
            int step = v.getInt("approval.currentStep");
            List<String> kinds = v.getList("approval.steps[" + step + "].approvers.kind");
            if (kinds.contains("external")) {
                given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                        .body(Map.of("reason", "The client signed this campaign off in advance."))
                        .post(calendar(variantPath + "/skip-step")).then().statusCode(200);
            } else {
                given().header("Authorization", bearer(kinds.contains("user") && !kinds.contains("role") ? "admin1"
                        : "approver1")).contentType(ContentType.JSON)
                        .body(Map.of("decision", "approve", "comment", "Dobrze ❤"))
                        .post(calendar(variantPath + "/decisions")).then().statusCode(200);
            }
        }
    }
}
