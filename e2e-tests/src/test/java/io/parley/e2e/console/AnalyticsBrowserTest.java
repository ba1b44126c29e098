package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.PostWorkflow;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.PostWorkflow.approve;
import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.channelAccount;
import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.ANALYTICS;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's analytics screens in headless Chromium against the started stack: a manager reads the care figures
 * grouped by agent, opens the conversations behind an agent's figure, reads the publishing figures and the posts
 * behind them, and the glossary. What the browser showed is checked against analytics-service's API.
 */
@ExtendWith(RunningStack.class)
class AnalyticsBrowserTest {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerReadsTheCareFiguresByAgentOpensTheConversationsBehindOneAndReadsPublishingAndTheGlossary()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String manager = Tokens.forUser("manager1");
        String agent = Tokens.forUser("agent1");

        // Two conversations arrive by signed webhook; agent1 answers one of them in public.
        String answered = deliverAndFind(run + "-q", "Czy wysyłacie do Grecji? Πότε φτάνει; " + run);
        String waiting = deliverAndFind(run + "-c", "Paczka nie dotarła, proszę o pomoc 😡 " + run);
        given().header("Authorization", Tokens.bearer(agent)).contentType(ContentType.JSON)
                .header("X-Parley-Console", "1").header("Idempotency-Key", "analytics-" + run)
                .body(Map.of("text", "Tak, wysyłamy ❤ Ναι! " + run))
                .post(RunningStack.url(INBOX) + "/api/v1/conversations/" + answered + "/replies")
                .then().statusCode(201);

        // A Facebook post goes out in the sandbox; the gateway reads its (sandbox) figures.
        Instant due = Instant.now().plusSeconds(40);
        JsonPath story = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", "Figures ❄ " + run, "variants", List.of(Map.of("channelAccount",
                        channelAccount("facebook"), "text", "Zimowe liczby ❄ " + run, "scheduledFor", due.toString()))))
                .post(PostWorkflow.calendar("/stories")).then().statusCode(201).extract().jsonPath();
        String storyId = story.getString("id");
        String variant = "/stories/" + storyId + "/variants/" + story.getString("variants[0].id");
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON).body("{}")
                .post(PostWorkflow.calendar(variant + "/submit")).then().statusCode(200);
        approve(variant);
        PostWorkflow.dueInAFewSeconds(variant); // out within seconds, not at the end of the approval's margin

        String care = RunningStack.url(ANALYTICS) + "/api/v1/brands/acme/analytics/care";
        String from = Instant.now().minus(29, ChronoUnit.DAYS).toString();
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<String> agents = given().header("Authorization", Tokens.bearer(manager)).queryParam("by", "agent")
                    .queryParam("from", from).get(care).then().statusCode(200).extract().jsonPath()
                    .getList("groups.findAll { it.responseRate.count > 0 }.value");
            assertTrue(agents.contains("agent1"), "agent1's answer is counted: " + agents);
        });
        String publishing = RunningStack.url(ANALYTICS) + "/api/v1/brands/acme/analytics/publishing";
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            List<String> stories = given().header("Authorization", Tokens.bearer(manager)).queryParam("from", from)
                    .get(publishing + "/posts").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.impressions != null || it.reach != null }.storyId");
            assertTrue(stories.contains(storyId), "the post's figures were read: " + stories);
        });

        JsonNode result = scenario("analytics-manager-reads-figures", Map.of("AGENT", "agent1"));

        // The care tab grouped by agent shows what the API counts for agent1 …
        JsonPath byAgent = given().header("Authorization", Tokens.bearer(manager)).queryParam("by", "agent")
                .queryParam("from", from).get(care).then().statusCode(200).extract().jsonPath();
        int conversations = byAgent.getInt("groups.find { it.value == 'agent1' }.conversations");
        assertEquals(Integer.toString(conversations), result.path("conversationsShown").asText().replace(",", ""),
                result.path("agentRow").asText());
        assertTrue(result.path("summary").asText().contains("conversations arrived"), result.path("summary").asText());
        // … and its figure opens the conversations behind it: the same as the drill-down endpoint's first page.
        List<String> api = given().header("Authorization", Tokens.bearer(manager)).queryParam("agent", "agent1")
                .queryParam("figure", "conversations").queryParam("from", from).queryParam("limit", 50)
                .get(care + "/conversations").then().statusCode(200).extract().jsonPath()
                .getList("items.conversationId");
        List<String> drilled = texts(result.path("drilled"));
        assertTrue(drilled.contains(answered), "the answered conversation is behind agent1's figure: " + drilled);
        assertEquals(api.stream().sorted().toList(), drilled.stream().sorted().toList());
        assertTrue(texts(result.path("inboxLinks")).contains("/inbox/" + answered));
        assertNotNull(waiting);

        // Publishing: the posts behind the totals hold the story, linked; the rate states the API's base.
        assertTrue(texts(result.path("stories")).contains(storyId), result.path("stories").toString());
        assertTrue(texts(result.path("storyLinks")).contains("/stories/" + storyId));
        String base = given().header("Authorization", Tokens.bearer(manager)).queryParam("from", from).get(publishing)
                .then().statusCode(200).extract().jsonPath().getString("totals.engagementRateBase");
        assertTrue(base == null || result.path("totalRate").asText().contains("of " + base),
                "the engagement rate states its base (" + base + "): " + result.path("totalRate").asText());

        // The glossary: the engagement rate's entry, and back to the publishing tab.
        assertTrue(result.path("glossaryEntry").asText().contains("Engagement rate"));
        assertTrue(result.path("glossaryEntry").asText().contains("Reach when every post counted has reach"));
        assertTrue(result.path("glossaryEntries").asInt() >= 25);
        assertEquals("/analytics/publishing", result.path("backTo").asText());
        assertScreenshots(result, "an-01-care-by-agent", "an-02-care-drill-down", "an-03-publishing",
                "an-04-publishing-posts", "an-05-glossary");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
