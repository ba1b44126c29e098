package io.parley.calendar.stories;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.posts.StoryCreated;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.STORIES;
import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.create;
import static io.parley.calendar.Fixtures.later;
import static io.parley.calendar.Fixtures.story;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.parley.calendar.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stories told per channel: written within each network's limits, versioned, guarded by If-Match, kept per brand. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class StoriesTest {

    static final String GREEK = "Χειμερινή συλλογή ❄ — καλώς ήρθατε!";
    static final String POLISH = "Zażółć gęślą jaźń: zimowa kolekcja już jest 🧥";
    static final String RUSSIAN = "Зимняя коллекция уже здесь ❄️👍";

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static String upload(byte[] png) {
        return given().header("Authorization", as("editor1")).contentType("image/png").body(png)
                .queryParam("licence", "own").queryParam("author", "Jan Kowalski")
                .post("/api/v1/brands/acme/media").then().statusCode(201).extract().path("id");
    }

    @Test
    void anEditorWritesAStoryForFourNetworksInEveryScriptAndItIsAnnounced() throws IOException {
        String image = upload(png(1080, 1080));
        LocalDateTime local = LocalDateTime.now(ZoneId.of("Europe/Warsaw")).plusDays(20).withNano(0).withSecond(0);
        List<Map<String, Object>> variants = List.of(
                with(with(variant(Neighbours.FACEBOOK, GREEK), "link", "https://shop.acme.example/zima?ref=fb"),
                        "scheduledFor", local.toString()),
                with(variant(Neighbours.INSTAGRAM, POLISH), "media", List.of(image)),
                with(variant(Neighbours.LINKEDIN, RUSSIAN), "contentType", "article"),
                variant(Neighbours.X, "❤"));
        Map<String, Object> body = story("Zimowa kolekcja ❄", variants);
        body.put("campaign", "Zimowa kolekcja 2026");
        JsonPath story;
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            story = create("editor1", body).then().statusCode(201)
                    .header("Location", containsString(STORIES + "/")).header("ETag", "\"1\"")
                    .extract().jsonPath();
            String id = story.getString("id");
            Event<StoryCreated> created = posts.awaitEvent(StoryCreated.class,
                    e -> e.data().storyId().toString().equals(id), Duration.ofSeconds(15));
            assertEquals(4, created.data().variants().size());
            assertEquals("editor1", created.data().owner());
            assertEquals(id, created.subject());
        }
        JsonPath read = given().header("Authorization", as("agent1")).get(STORIES + "/" + story.getString("id"))
                .then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertEquals("editor1", read.getString("owner"));
        assertEquals(4, read.getList("variants").size());
        for (String text : List.of(GREEK, POLISH, RUSSIAN, "❤")) {
            String found = read.getList("variants.text", String.class).stream().filter(text::equals).findFirst()
                    .orElseThrow(() -> new AssertionError(text + " did not come back"));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), found.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> facebook = variantOn(read, "facebook");
        assertEquals("Europe/Warsaw", facebook.get("timeZone"));
        assertEquals(local.atZone(ZoneId.of("Europe/Warsaw")).toInstant().toString(), facebook.get("scheduledFor"));
        assertEquals("https://shop.acme.example/zima?ref=fb&utm_source=facebook&utm_medium=social"
                + "&utm_campaign=zimowa-kolekcja-2026", facebook.get("trackedLink"));
        assertEquals("draft", facebook.get("status"));
        assertEquals("Acme on Facebook", facebook.get("channelName"));
        Map<String, Object> instagram = variantOn(read, "instagram");
        @SuppressWarnings("unchecked")
        Map<String, Object> media = ((List<Map<String, Object>>) instagram.get("media")).get(0);
        assertEquals(1080, media.get("width"));
        assertEquals("image/png", media.get("contentType"));
        assertEquals("own", ((Map<?, ?>) media.get("licence")).get("licence"));
        assertEquals("article", variantOn(read, "linkedin").get("contentType"));
        assertEquals("normal", variantOn(read, "x").get("riskLevel"));

        // The calendar's view: the brand's stories with variants in a range, filtered by channel.
        Instant at = Instant.parse((String) facebook.get("scheduledFor"));
        given().header("Authorization", as("agent1")).queryParam("from", at.toString())
                .queryParam("to", at.plusSeconds(1).toString()).queryParam("channelAccount", Neighbours.FACEBOOK)
                .get(STORIES).then().statusCode(200).body("items.id", hasItem(story.getString("id")))
                .body("items.find { it.id == '" + story.getString("id") + "' }.variants.size()", equalTo(1));
        given().header("Authorization", as("agent1")).queryParam("campaign", "Zimowa kolekcja 2026")
                .queryParam("status", "draft").get(STORIES).then().statusCode(200)
                .body("items.id", hasItem(story.getString("id")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> variantOn(JsonPath story, String platform) {
        return ((List<Map<String, Object>>) (List<?>) story.getList("variants", Map.class)).stream()
                .filter(v -> platform.equals(v.get("platform"))).findFirst().orElseThrow();
    }

    @Test
    void eachNetworksLimitsAreEnforcedNamingTheFieldAndNothingIsStored() throws IOException {
        String campaign = "limits-" + UUID.randomUUID();
        Map<String, Object> body = story("Limits", List.of(
                variant(Neighbours.INSTAGRAM, "no image"),
                variant(Neighbours.X, "x".repeat(281)),
                with(variant(Neighbours.TELEGRAM, "т".repeat(1025)), "media", List.of(upload(png(10, 10)))),
                variant("0f0f0f0f-0000-4000-8000-000000000000", "unknown"),
                with(variant(Neighbours.FACEBOOK, "past"), "scheduledFor", "2020-01-01T00:00:00Z")));
        body.put("campaign", campaign);
        JsonPath problem = create("editor1", body).then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/unprocessable"))
                .extract().jsonPath();
        List<String> fields = problem.getList("errors.field");
        assertTrue(fields.containsAll(List.of("variants[0].media", "variants[1].text", "variants[2].text",
                "variants[3].channelAccount", "variants[4].scheduledFor")), fields.toString());
        assertTrue(problem.getString("detail").contains("x allows at most 280 characters; this has 281"));
        given().header("Authorization", as("editor1")).queryParam("campaign", campaign).get(STORIES).then()
                .statusCode(200).body("items.size()", equalTo(0));
        // 280 characters of emoji are 280 characters: code points, not UTF-16 units.
        create("editor1", story("Emoji", List.of(variant(Neighbours.X, "🎄".repeat(280))))).then().statusCode(201);
    }

    @Test
    void writesNameTheVersionTheyChange() {
        JsonPath story = create("editor1", story("Versions", List.of(variant(Neighbours.FACEBOOK,
                "Zimowa kolekcja już jest")))).then().statusCode(201).extract().jsonPath();
        String path = STORIES + "/" + story.getString("id");
        Map<String, Object> change = Map.of("title", "Versions ❄", "brief", "b", "campaign", "c", "tags", List.of("t"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON).body(change).put(path)
                .then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
        given().header("Authorization", as("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(change).put(path).then().statusCode(200).header("ETag", "\"2\"").body("title", equalTo("Versions ❄"));
        given().header("Authorization", as("approver1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(change).put(path).then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));

        String variant = variantPath(story, 0);
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .put(variant).then().statusCode(428);
        given().header("Authorization", as("editor1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("text", "Zimowa kolekcja Acme już jest w sklepach")).put(variant).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("lastEditor", equalTo("editor1"));
        given().header("Authorization", as("approver1")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("text", "lost update")).put(variant).then().statusCode(412)
                .body("detail", equalTo("If-Match: version 1 is stale; the current version is 2 — read it again and retry"));
        given().header("Authorization", as("editor1")).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(63_207))).put(variant).then().statusCode(422)
                .body("errors[0].field", equalTo("text"));

        given().header("Authorization", as("agent1")).get(variant + "/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2))).body("items[0].text", equalTo("Zimowa kolekcja już jest"));
        JsonPath diff = given().header("Authorization", as("agent1")).queryParam("from", 1).queryParam("to", 2)
                .get(variant + "/diff").then().statusCode(200).extract().jsonPath();
        assertEquals("text", diff.getString("changes[0].field"));
        assertEquals(List.of("equal", "insert", "equal", "insert"), diff.getList("text.op"));
        assertEquals(List.of("Zimowa kolekcja ", "Acme ", "już jest", " w sklepach"), diff.getList("text.text"));
    }

    @Test
    void anotherBrandSeesNothingOfTheStory() {
        JsonPath story = create("editor1", story("Acme only", List.of(variant(Neighbours.FACEBOOK, "acme")))).then()
                .statusCode(201).extract().jsonPath();
        String path = STORIES + "/" + story.getString("id");
        given().header("Authorization", as("agent2")).get(path).then().statusCode(404);
        given().header("Authorization", as("agent2")).get(STORIES).then().statusCode(404);
        given().header("Authorization", as("agent2")).get("/api/v1/brands/globex/stories/" + story.getString("id"))
                .then().statusCode(404);
        given().header("Authorization", as("admin1")).get("/api/v1/brands/globex/stories/" + story.getString("id"))
                .then().statusCode(404);
        given().header("Authorization", as("admin1")).get(variantPath(story, 0).replace("/acme/", "/globex/"))
                .then().statusCode(404);
        given().header("Authorization", as("admin1")).get("/api/v1/brands/globex/stories").then().statusCode(200)
                .body("items.id", not(hasItem(story.getString("id"))));
        // A globex account is not an acme channel account.
        create("editor1", story("Wrong brand", List.of(variant(Neighbours.GLOBEX_FACEBOOK, "x")))).then()
                .statusCode(422).body("errors[0].field", equalTo("variants[0].channelAccount"));
        // Agents read, but do not write.
        given().header("Authorization", as("agent1")).get(path).then().statusCode(200);
        create("agent1", story("Agent", List.of())).then().statusCode(403);
        given().get(path).then().statusCode(401);
    }

    @Test
    void imagesAreStoredWithTheirLicenceAndOnlyPngOrJpeg() throws IOException {
        byte[] png = png(640, 480);
        String id = upload(png);
        byte[] back = given().header("Authorization", as("agent1")).get("/api/v1/brands/acme/media/" + id).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, back);
        given().header("Authorization", as("agent2")).get("/api/v1/brands/globex/media/" + id).then().statusCode(404);
        given().header("Authorization", as("editor1")).contentType("image/jpeg").body(png)
                .queryParam("licence", "own").post("/api/v1/brands/acme/media").then().statusCode(415);
        given().header("Authorization", as("editor1")).contentType("image/png").body(png)
                .queryParam("licence", "stolen").post("/api/v1/brands/acme/media").then().statusCode(400)
                .body("errors[0].field", equalTo("licence"));
        given().header("Authorization", as("editor1")).contentType("image/gif").body(new byte[] {'G', 'I', 'F'})
                .queryParam("licence", "own").post("/api/v1/brands/acme/media").then().statusCode(415);
        // Another brand's image cannot be put on an acme variant.
        create("editor1", story("Media", List.of(with(variant(Neighbours.FACEBOOK, "x"), "media",
                List.of(UUID.randomUUID().toString()))))).then().statusCode(422)
                .body("errors[0].field", equalTo("variants[0].media[0]"));
    }

    @Test
    void aVariantIsNeverSavedUncheckedWhenStandardsAreDown() {
        String campaign = "down-" + UUID.randomUUID();
        Map<String, Object> body = story("Down", List.of(variant(Neighbours.FACEBOOK, "hello #standards-down")));
        body.put("campaign", campaign);
        create("editor1", body).then().statusCode(503).body("type", equalTo("/problems/unavailable"));
        given().header("Authorization", as("editor1")).queryParam("campaign", campaign).get(STORIES).then()
                .statusCode(200).body("items.size()", equalTo(0));
        assertTrue(Neighbours.RECEIVED.stream().allMatch(r -> r.authorization() != null
                && r.authorization().startsWith("Bearer ")));
        assertTrue(later().isAfter(Instant.now().plus(29, ChronoUnit.DAYS)));
    }
}
