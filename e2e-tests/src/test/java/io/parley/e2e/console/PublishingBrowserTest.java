package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.e2e.PostWorkflow;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.parley.testsupport.mail.Mailboxes;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.e2e.PostWorkflow.approve;
import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.channelAccount;
import static io.parley.e2e.PostWorkflow.read;
import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing in the console (issue 13), in the real Chromium against the started stack (scenario
 * {@code browser-tests/scenarios/publishing.mjs}): editor1 writes a story for Facebook, Instagram and LinkedIn, fixes a
 * forbidden Polish term flagged as they type, submits; approver1 approves step one; an external reviewer with no
 * account approves through the link; the calendar shows the variants approved and a drag moves one; an edit of an
 * approved variant sends it back to review; agent1 reads the calendar only. What the browser did is checked again
 * through calendar-service's API with real tokens.
 */
@ExtendWith(RunningStack.class)
class PublishingBrowserTest {

    private static final String BRAND = "acme";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void browserConsoleAndTheDemoStandards() {
        ConsoleScenarios.consoleUrl();
        // The demo catalogue: "darmowy" forbidden (block), and Facebook, Instagram and LinkedIn posts reviewed by an
        // approver and then signed off by the client (an external reviewer).
        String manager = Tokens.forUser("manager1");
        String standards = RunningStack.url(STANDARDS) + "/api/v1/brands/" + BRAND + "/standards";
        Response current = given().header("Authorization", Tokens.bearer(manager)).get(standards);
        if (current.statusCode() != 200 || !current.asString().contains("pl-darmowy")
                || !current.asString().contains("Client sign-off")) {
            given().header("Authorization", Tokens.bearer(manager))
                    .header("If-Match", current.statusCode() == 200 ? current.header("ETag") : "\"0\"")
                    .contentType(ContentType.JSON)
                    .body("{\"comment\": \"The Acme standards for the publishing browser test\", \"catalogue\": "
                            + DemoData.ACME_STANDARDS + "}")
                    .put(standards).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    private static JsonPath calendar(String user, String path) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)))
                .get(RunningStack.url(CALENDAR) + "/api/v1/brands/" + BRAND + path)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEditorWritesAStoryItIsApprovedInsideAndByAClientAndAnEditSendsItBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Wiosenna kolekcja 🌷 " + run;
        String campaign = "wiosna-" + run;
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        // A day of its own (10 to 59 days ahead), so that a stack reused across runs does not crowd the run's posts
        // among earlier runs' on the calendar.
        LocalDate day = LocalDate.now(zone).plusDays(10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50));
        String scheduleLocal = day + "T10:00";
        Map<String, String> texts = Map.of(
                "facebookWithForbidden", "Nowa wiosenna kolekcja już w sklepach! Szalik darmowy do każdego płaszcza. " + run,
                "forbiddenWord", "darmowy",
                "instagram", "Wiosna w Acme 🌷\nPłaszcze, szaliki i dobre światło.\n#wiosna #acme " + run,
                "linkedin", ("Jak projektujemy wiosenną kolekcję: od szkicu do sklepu. Opowiadają nasze projektantki — "
                        + "o materiałach z recyklingu, o krojach dla każdego i o tym, co zmieniło się od zeszłego roku. ")
                        .repeat(2) + run);

        Map<String, String> vars = new HashMap<>();
        vars.put("STORY_TITLE", title);
        vars.put("CAMPAIGN", campaign);
        vars.put("TEXTS", JSON.writeValueAsString(texts));
        vars.put("FORBIDDEN_RULE", "pl-darmowy");
        vars.put("SCHEDULE_LOCAL", scheduleLocal);
        vars.put("IMAGE_FILE", instagramImage(run).toString());
        vars.put("LINKEDIN_LINK", "https://acme.example/wiosna?utm_source=linkedin&utm_medium=social&utm_campaign="
                + campaign);
        vars.put("REVIEWER_EMAIL", "klientka-" + run + "@client.example");
        vars.put("REVIEWER_NAME", "Zofia Klientka");
        JsonNode result = scenario("publishing", vars);

        String storyId = result.path("storyId").asText();
        JsonPath story = calendar("editor1", "/stories/" + storyId);
        assertEquals(title, story.getString("title"), "the title exactly as typed");
        assertEquals(campaign, story.getString("campaign"));
        assertEquals("editor1", story.getString("owner"));
        assertEquals(List.of("facebook", "instagram", "linkedin"),
                story.getList("variants.platform", String.class).stream().sorted().toList());

        Map<String, Object> facebook = story.getMap("variants.find { it.platform == 'facebook' }");
        Map<String, Object> instagram = story.getMap("variants.find { it.platform == 'instagram' }");
        Map<String, Object> linkedin = story.getMap("variants.find { it.platform == 'linkedin' }");
        // The forbidden term was fixed in the browser: the stored text has the catalogue's suggestion.
        String facebookText = (String) facebook.get("text");
        assertFalse(facebookText.contains("darmowy"), facebookText);
        assertTrue(facebookText.contains("w cenie"), facebookText);
        assertTrue(facebookText.endsWith("Zapraszamy!"), "the last edit: " + facebookText);
        assertEquals(1, ((List<?>) instagram.get("media")).size(), "Instagram's image");

        // The edit after approval sent Facebook back to review with a new round; the others stay approved.
        assertEquals("in_review", facebook.get("status"));
        assertTrue(List.of("approved", "scheduled").contains(instagram.get("status")), "instagram " + instagram.get("status"));
        assertTrue(List.of("approved", "scheduled").contains(linkedin.get("status")), "linkedin " + linkedin.get("status"));
        JsonPath fb = new JsonPath(JSON.writeValueAsString(facebook));
        assertTrue(fb.getInt("approval.round") >= 2, "a new round after the edit: " + fb.getInt("approval.round"));

        // Step one by approver1, step two by the external reviewer (Instagram kept both).
        JsonPath ig = new JsonPath(JSON.writeValueAsString(instagram));
        assertEquals("approver1", ig.getString("approval.steps[0].decisions[0].by"));
        assertEquals("approve", ig.getString("approval.steps[0].decisions[0].decision"));
        assertTrue(ig.getBoolean("approval.steps[1].decisions[0].byExternal"), "the client's sign-off");
        assertEquals("approve", ig.getString("approval.steps[1].decisions[0].decision"));

        // The drag moved LinkedIn to the next day at the same wall-clock time in the brand's zone.
        Instant planned = day.atTime(10, 0).atZone(zone).toInstant();
        assertEquals(planned, Instant.parse((String) instagram.get("scheduledFor")));
        assertEquals(day.plusDays(1).atTime(10, 0).atZone(zone).toInstant(),
                Instant.parse((String) linkedin.get("scheduledFor")));

        // agent1 reads the story but may not change it.
        calendar("agent1", "/stories/" + storyId);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).contentType(ContentType.JSON)
                .header("If-Match", "\"" + story.getInt("version") + "\"")
                .body(Map.of("title", "agent was here", "tags", List.of()))
                .put(RunningStack.url(CALENDAR) + "/api/v1/brands/" + BRAND + "/stories/" + storyId)
                .then().statusCode(403);
        // The reviewer got the link by e-mail (the local mail server keeps it), and the editor was told so.
        assertEquals("true", result.path("emailed").asText(), "the console says the invitation was e-mailed: "
                + result.path("invitation").asText());
        Mailboxes.Message mail = Mailboxes.await(vars.get("REVIEWER_EMAIL"), m -> m.subject().contains(title),
                Duration.ofSeconds(30));
        assertTrue(mail.text().contains(result.path("reviewLink").asText()),
                "the e-mail holds the link the console showed (" + result.path("reviewLink").asText() + "): "
                        + mail.text());
        // The review link answers no one any more once revoked: 410.
        String token = result.path("reviewLink").asText().replaceAll(".*/review/", "");
        List<Map<String, Object>> reviewers = calendar("editor1", "/stories/" + storyId + "/reviewers").getList("items");
        assertEquals(1, reviewers.size());
        given().header("Authorization", Tokens.bearer(Tokens.forUser("editor1")))
                .delete(RunningStack.url(CALENDAR) + "/api/v1/brands/" + BRAND + "/stories/" + storyId + "/reviewers/"
                        + reviewers.get(0).get("id"))
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 204));
        given().get(RunningStack.url(CALENDAR) + "/api/v1/review/" + token).then().statusCode(410);
        assertNotEquals("", token);

        assertScreenshots(result, "pub-01-forbidden-flagged", "pub-02-previews", "pub-03-submitted",
                "pub-04-reviewer-invited", "pub-05-approvals-posts", "pub-06-external-review",
                "pub-07-external-approved", "pub-08-calendar-approved", "pub-09-edit-resets-approval",
                "pub-10-agent-read-only");
    }

    /**
     * Issue 14's browser scenario ({@code publishing-outcome.mjs}): a Facebook post approved beforehand through the API
     * goes out in the sandbox at its time; the calendar shows it published with its permalink; editor1 corrects it from
     * the story; approver1 approves the correction and manager1 skips the client's sign-off, in the browser; the post
     * is edited on the network (the same post, one edit request) and the history keeps both texts.
     */
    @Test
    void anApprovedPostGoesOutAtItsTimeAndIsCorrectedThroughApprovalInTheOpen() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Wyprzedaż zimowa ❄ " + run;
        String original = "Zimowa wyprzedaż rusza w piątek ❄ Χειμερινές εκπτώσεις, зимняя распродажа " + run;
        String corrected = "Zimowa wyprzedaż rusza w sobotę ❄ Χειμερινές εκπτώσεις, зимняя распродажа " + run;
        String reason = "Zły dzień w pierwszej wersji — πέμπτη/Пятница ✗";
        Instant due = Instant.now().plusSeconds(45);
        JsonPath story = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "variants", List.of(Map.of("channelAccount", channelAccount("facebook"),
                        "text", original, "scheduledFor", due.toString()))))
                .post(PostWorkflow.calendar("/stories")).then().statusCode(201).extract().jsonPath();
        String storyId = story.getString("id");
        String variantId = story.getString("variants[0].id");
        String variant = "/stories/" + storyId + "/variants/" + variantId;
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON).body("{}")
                .post(PostWorkflow.calendar(variant + "/submit")).then().statusCode(200);
        approve(variant);
        JsonPath scheduled = read(variant);
        assertEquals("scheduled", scheduled.getString("status"), "approved before its time");
        due = PostWorkflow.dueInAFewSeconds(variant); // the rest of the approval's margin is not waited for
        LocalDate day = LocalDate.ofInstant(due, ZoneId.of(scheduled.getString("timeZone")));

        Map<String, String> vars = new HashMap<>();
        vars.put("STORY_TITLE", title);
        vars.put("STORY_ID", storyId);
        vars.put("VARIANT_ID", variantId);
        vars.put("DAY", day.toString());
        vars.put("ORIGINAL_TEXT", original);
        vars.put("CORRECTED_TEXT", corrected);
        vars.put("REASON", reason);
        JsonNode result = scenario("publishing-outcome", vars);

        // What the browser saw, checked through the API: the same post, now with the corrected text.
        JsonPath after = read(variant);
        assertEquals(corrected, after.getString("text"));
        assertEquals("published", after.getString("publication.state"));
        assertEquals(result.path("permalink").asText(), after.getString("publication.permalink"),
                "the permalink the calendar showed");
        String correctionId = result.path("correctionId").asText();
        JsonPath correction = read("/stories/" + storyId + "/variants/" + correctionId);
        assertEquals(variantId, correction.getString("correctionOf"));
        assertEquals(reason, correction.getString("correctionReason"), "the reason exactly as typed");
        assertEquals("approver1", correction.getString("approval.steps[0].decisions[0].by"));
        assertEquals("manager1", correction.getString("approval.steps[1].skipped.by"));
        String history = read(variant + "/history").prettify();
        assertTrue(history.contains(original) && history.contains(corrected), "both texts in the history: " + history);
        // One publish request and one edit request reached the network, each once.
        List<Map<String, Object>> ledger = read(variant + "/publications").getList("items");
        for (String kind : List.of("publish", "edit")) {
            List<Map<String, Object>> actions = ledger.stream().filter(a -> kind.equals(a.get("kind"))).toList();
            assertEquals(1, actions.size(), kind + " in the ledger: " + ledger);
            List<Object> requests = given().header("Authorization", bearer("manager1")).pathParam("brand", BRAND)
                    .queryParam("actionId", actions.get(0).get("actionId"))
                    .get(RunningStack.url(INGEST) + "/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200).extract()
                    .jsonPath().getList("items");
            assertEquals(1, requests.size(), "the " + kind + " reached the network once: " + requests);
        }
        assertScreenshots(result, "out-01-calendar-published", "out-02-correction-in-review",
                "out-03-correction-approval", "out-04-history");
    }

    /**
     * A square photo for Instagram with the brand's registered logo in the bottom-right corner at the size the demo
     * catalogue asks (6-18 % of the image, clear of the edges), so the image checks find nothing to block.
     */
    private static Path instagramImage(String run) throws IOException {
        BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE7, 0xF5, 0xFF));
        g.fillRect(0, 0, 1080, 1080);
        g.setColor(new Color(0x74, 0xC0, 0xFC));
        g.fillOval(140, 120, 520, 520);
        Response logo = given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1")))
                .get(RunningStack.url(STANDARDS) + "/api/v1/brands/" + BRAND + "/logos/acme-logo");
        if (logo.statusCode() == 200) {
            BufferedImage mark = ImageIO.read(new ByteArrayInputStream(logo.asByteArray()));
            int width = 486;
            int height = mark.getHeight() * width / mark.getWidth();
            g.drawImage(mark, 1080 - width - 70, 1080 - height - 70, width, height, null);
        }
        g.dispose();
        Path file = ConsoleScenarios.screenshots().getParent().resolve("publishing-" + run + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
