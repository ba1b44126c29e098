package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.ANALYTICS;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standards screen (nine sections as forms, history, diff, roll-back; read only for agents) and the
 * analytics of moments of truth and sentiment, in headless Chromium against the started stack. What the
 * browser changed or showed is checked again through standards-service's and analytics-service's APIs.
 */
@ExtendWith(RunningStack.class)
class StandardsAndAnalyticsBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerAddsAForbiddenTermInPolishSeesItInTheHistoryAndTheDiffAndRollsBack() throws Exception {
        String manager = Tokens.forUser("manager1");
        String standards = RunningStack.url(STANDARDS) + "/api/v1/brands/acme/standards";
        long latest = given().header("Authorization", Tokens.bearer(manager)).get(standards)
                .then().statusCode(200).extract().jsonPath().getLong("latestVersion");
        if (latest == 0) { // a version to come back to: the demo brand's standards, as ./parley up loads them
            latest = given().header("Authorization", Tokens.bearer(manager)).contentType(ContentType.JSON)
                    .body("{\"comment\": \"The Acme standards\", \"catalogue\": " + DemoData.ACME_STANDARDS + "}")
                    .put(standards).then().statusCode(200).extract().jsonPath().getLong("version");
        }
        String run = UUID.randomUUID().toString().substring(0, 6);
        String termId = "no-free-delivery-" + run;
        String phrase = "darmowa dostawa " + run;
        String why = "Dostawa nigdy nie jest „darmowa” — εγγύηση ❌ бесплатно 🚚";
        String comment = "Zakaz „darmowa dostawa” przed świętami 🎄 " + run;
        String rollbackComment = "Za ostro, wracamy · Πίσω · Назад " + run;

        JsonNode result = scenario("std-manager-edits-standards", Map.of("TERM_ID", termId, "TERM_PHRASE", phrase,
                "TERM_WHY", why, "COMMENT", comment, "ROLLBACK_COMMENT", rollbackComment));

        // What the browser showed.
        assertFalse(result.path("fieldError").asText().isBlank(), "the 422 message beside the id");
        assertEquals(phrase, result.path("phraseShown").asText());
        assertEquals(latest + 1, result.path("version").asLong());
        assertTrue(result.path("historyRow").asText().contains(comment), result.path("historyRow").asText());
        assertTrue(result.path("historyRow").asText().contains("manager1"));
        String diff = result.path("diffText").asText();
        assertTrue(diff.contains("Forbidden terms") && diff.contains(phrase) && diff.contains(why), diff);
        assertEquals(latest + 2, result.path("rolledBackVersion").asLong());
        assertTrue(result.path("rolledBackRow").asText().contains("Roll-back to version " + latest),
                result.path("rolledBackRow").asText());
        assertTrue(result.path("rollbackDiff").asText().contains(phrase), "the roll-back removes the term");

        // What changed, through standards-service: the version with the term, exactly as typed, then the roll-back.
        JsonPath saved = given().header("Authorization", Tokens.bearer(manager)).get(standards + "/versions/" + (latest + 1))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("manager1", saved.getString("author"));
        assertEquals(comment, saved.getString("comment"));
        Map<String, Object> term = saved.getMap("catalogue.content.forbidden.find { it.id == '" + termId + "' }");
        assertEquals(phrase, term.get("phrase"));
        assertEquals("pl", term.get("language"));
        assertEquals("block", term.get("severity"));
        assertEquals(why, term.get("explanation"));
        JsonPath current = given().header("Authorization", Tokens.bearer(manager)).get(standards)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(latest + 2, current.getLong("version"));
        assertEquals(latest, current.getLong("rolledBackFrom"));
        assertEquals("Roll-back to version " + latest + ": " + rollbackComment, current.getString("comment"));
        assertTrue(current.getList("catalogue.content.forbidden.findAll { it.id == '" + termId + "' }").isEmpty());
        assertTrue(given().header("Authorization", Tokens.bearer(manager)).queryParam("from", latest)
                .queryParam("to", latest + 2).get(standards + "/diff").then().statusCode(200).extract().jsonPath()
                .getList("changes").isEmpty(), "the roll-back restored version " + latest + " exactly");
        assertScreenshots(result, "20-standards-invalid-field", "21-standards-term-saved", "22-standards-history-diff",
                "23-standards-rolled-back");
    }

    @Test
    void anAgentReadsTheStandardsAndSeesAComplaintAndAPraiseUnderTheirMoments() throws Exception {
        String agent = Tokens.forUser("agent1");
        String volumes = RunningStack.url(ANALYTICS) + "/api/v1/brands/acme/analytics/volumes";
        JsonPath before = given().header("Authorization", Tokens.bearer(agent))
                .get(volumes).then().statusCode(200).extract().jsonPath();
        String run = UUID.randomUUID().toString().substring(0, 6);
        webhook(run + "-complaint", "Terrible service, my parcel arrived broken and nobody answers! 😡 " + run);
        webhook(run + "-praise", "Thank you so much, your team is wonderful, I love it! ❤️ " + run);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonPath now = given().header("Authorization", Tokens.bearer(agent))
                    .get(volumes).then().statusCode(200).extract().jsonPath();
            assertTrue(now.getInt("totals.complaint") >= before.getInt("totals.complaint") + 1, "a complaint more");
            assertTrue(now.getInt("totals.praise") >= before.getInt("totals.praise") + 1, "a praise more");
        });

        JsonNode result = scenario("std-agent-reads-standards-and-analytics", Map.of());

        assertEquals(0, result.path("saveButtons").asInt(), "no save for an agent");
        assertEquals(0, result.path("addButtons").asInt(), "no editing for an agent");
        assertEquals(0, result.path("rollbackButtons").asInt(), "no roll-back for an agent");
        assertTrue(result.path("readOnly").asBoolean(), "inputs are read only");
        // The table under the chart shows what analytics-service counts.
        JsonPath after = given().header("Authorization", Tokens.bearer(agent))
                .get(volumes).then().statusCode(200).extract().jsonPath();
        for (String moment : List.of("complaint", "question", "suggestion", "praise")) {
            assertEquals(after.getInt("totals." + moment), result.path("moments").path(moment).asInt(), moment);
        }
        assertTrue(result.path("moments").path("complaint").asInt() >= before.getInt("totals.complaint") + 1);
        assertTrue(result.path("moments").path("praise").asInt() >= before.getInt("totals.praise") + 1);
        assertTrue(result.path("bars").asInt() > 4, "the volume chart draws bars: " + result.path("bars"));
        // the table writes days as the console's English does: "6 Dec 2026" (UTC)
        String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(LocalDate.now(ZoneOffset.UTC));
        assertTrue(result.path("volumeRows").toString().contains(today), "today's row: " + result.path("volumeRows"));
        JsonPath sentiment = given().header("Authorization", Tokens.bearer(agent)).pathParam("brand", "acme")
                .get(RunningStack.url(ANALYTICS) + "/api/v1/brands/{brand}/analytics/sentiment").then().statusCode(200).extract().jsonPath();
        assertTrue(sentiment.getInt("totals.positive") + sentiment.getInt("totals.negative") >= 2);
        assertTrue(result.path("sentimentTotal").asText().contains(Integer.toString(sentiment.getInt("totals.negative"))));
        assertScreenshots(result, "24-standards-agent-read-only", "25-standards-agent-history",
                "26-analytics-moments-sentiment");
    }

    private static void webhook(String suffix, String text) {
        String body = DemoData.feedComment(suffix, "Zoë Παπαδοπούλου", text, Instant.now().getEpochSecond());
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(200);
    }
}
