package io.parley.calendar;

import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small steps the calendar's scenarios share: tokens, stories and variants written through the API. */
public final class Fixtures {

    public static final String STORIES = "/api/v1/brands/acme/stories";

    private Fixtures() {
    }

    public static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** A time safely in the future, on a day of its own. */
    public static Instant later() {
        return Instant.now().plus(Duration.ofDays(30)).plusSeconds((long) (Math.random() * 86_400 * 300));
    }

    public static Map<String, Object> variant(String account, String text) {
        Map<String, Object> v = new HashMap<>();
        v.put("channelAccount", account);
        v.put("text", text);
        v.put("scheduledFor", later().toString());
        return v;
    }

    public static Map<String, Object> with(Map<String, Object> variant, String key, Object value) {
        Map<String, Object> v = new HashMap<>(variant);
        v.put(key, value);
        return v;
    }

    public static Map<String, Object> story(String title, List<Map<String, Object>> variants) {
        Map<String, Object> s = new HashMap<>();
        s.put("title", title);
        s.put("brief", "");
        s.put("campaign", "test-" + UUID.randomUUID());
        s.put("tags", List.of());
        s.put("variants", new ArrayList<>(variants));
        return s;
    }

    public static Response create(String user, Map<String, Object> story) {
        return given().header("Authorization", as(user)).contentType(ContentType.JSON).body(story).post(STORIES);
    }

    /** A story with one variant, written by editor1; returns the story. */
    public static JsonPath oneVariant(Map<String, Object> variant) {
        return create("editor1", story("Scenario " + UUID.randomUUID(), List.of(variant))).then().statusCode(201)
                .extract().jsonPath();
    }

    public static String variantPath(JsonPath story, int index) {
        return STORIES + "/" + story.getString("id") + "/variants/" + story.getString("variants[" + index + "].id");
    }

    public static Response submit(String user, String variantPath) {
        return given().header("Authorization", as(user)).contentType(ContentType.JSON).body("{}")
                .post(variantPath + "/submit");
    }

    public static Response decide(String user, String variantPath, String decision, String comment) {
        return given().header("Authorization", as(user)).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "comment", comment)).post(variantPath + "/decisions");
    }

    public static JsonPath read(String user, String variantPath) {
        return given().header("Authorization", as(user)).get(variantPath).then().statusCode(200).extract().jsonPath();
    }

    public static Response change(String user, String variantPath, Map<String, Object> fields) {
        String etag = given().header("Authorization", as(user)).get(variantPath).then().statusCode(200)
                .extract().header("ETag");
        return given().header("Authorization", as(user)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(fields).put(variantPath);
    }
}
