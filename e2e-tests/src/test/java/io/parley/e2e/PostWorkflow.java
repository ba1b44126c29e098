package io.parley.e2e;

import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Acme's posts through calendar-service's API with real tokens, for the end-to-end tests that need one approved. */
public final class PostWorkflow {

    private PostWorkflow() {
    }

    public static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** calendar-service's address of a path under acme. */
    public static String calendar(String path) {
        return RunningStack.url(CALENDAR) + "/api/v1/brands/acme" + path;
    }

    /** What editor1 reads at a path under acme. */
    public static JsonPath read(String path) {
        return given().header("Authorization", bearer("editor1")).get(calendar(path)).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The id of acme's first channel account on a network, as ingest-service lists them. */
    public static String channelAccount(String platform) {
        return given().header("Authorization", bearer("editor1")).queryParam("brand", "acme")
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/channels").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.platform == '" + platform + "' }.id");
    }

    /**
     * Takes a variant through whatever workflow the catalogue gives it: approver1 approves a role's step, admin1 a
     * named user's, and a manager skips a client's (external) step with a recorded reason.
     */
    public static void approve(String variantPath) {
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

    /**
     * editor1 moves an approved variant's time to a few seconds from now, as a drag on the calendar does ({@code PUT}
     * of {@code scheduledFor} alone, with the variant's ETag): the approval is kept and it stays {@code scheduled}. A
     * test writes its post with a time far enough ahead for the approval to finish before it on a loaded machine, and
     * then waits seconds for the scheduler (which looks every second) instead of the rest of that margin.
     *
     * @return the variant's new time
     */
    public static Instant dueInAFewSeconds(String variantPath) {
        Response current = given().header("Authorization", bearer("editor1")).get(calendar(variantPath));
        current.then().statusCode(200);
        Instant at = Instant.now().plusSeconds(3);
        given().header("Authorization", bearer("editor1")).header("If-Match", current.getHeader("ETag"))
                .contentType(ContentType.JSON).body(Map.of("scheduledFor", at.toString()))
                .put(calendar(variantPath)).then().statusCode(200).body("status", equalTo("scheduled"));
        return at;
    }
}
