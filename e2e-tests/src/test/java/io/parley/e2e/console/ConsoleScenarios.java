package io.parley.e2e.console;

import io.parley.testsupport.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the console's browser tests share: running one scenario of
 * {@code console/src/main/webui/browser-tests} in headless Chromium against the started stack, checking its
 * screenshots and accessibility audits, and delivering a comment by signed webhook.
 */
final class ConsoleScenarios {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsoleScenarios() {
    }

    /** Fails the test class early with what to do when the browser or the console is missing. */
    static String consoleUrl() {
        assertTrue(Files.isExecutable(CHROMIUM), "the browser tests need Debian's chromium at " + CHROMIUM
                + " (apt-get install -y chromium; .ci/run installs it)");
        assertTrue(Files.isDirectory(webui().resolve("node_modules/playwright-core")),
                "playwright-core is missing: build the console module first (mvn -pl console package)");
        return RunningStack.consoleUrl().orElseThrow(() -> new AssertionError(
                "the console did not start: build the console module first (mvn -pl console package)"));
    }

    /** Runs one scenario of console-scenarios.mjs and returns its result; its steps go to the test output. */
    static JsonNode scenario(String name, Map<String, String> variables) throws IOException,
            InterruptedException {
        return scenario(name, variables, Duration.ofMinutes(4));
    }

    /**
     * {@link #scenario(String, Map)} for a scenario that waits for something on the clock (a scheduled post's time):
     * the limit is its own wait plus the usual four minutes.
     */
    static JsonNode scenario(String name, Map<String, String> variables, Duration limit) throws IOException,
            InterruptedException {
        return scenario(name, variables, limit, line -> { });
    }

    /**
     * {@link #scenario(String, Map, Duration)} telling {@code onLine} each line the scenario prints as it prints it
     * (a step it has reached), for a test that acts between two of its steps.
     */
    static JsonNode scenario(String name, Map<String, String> variables, Duration limit,
            java.util.function.Consumer<String> onLine) throws IOException, InterruptedException {
        ProcessBuilder node = new ProcessBuilder("node", "browser-tests/console-scenarios.mjs", name)
                .directory(webui().toFile()).redirectErrorStream(true);
        node.environment().put("CONSOLE_URL", consoleUrl());
        node.environment().put("SCREENSHOTS", screenshots().toString());
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        node.environment().putAll(variables);
        Process process = node.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(line -> {
                    System.out.println("  [browser " + name + "] " + line);
                    lines.add(line);
                    onLine.accept(line);
                }));
        reader.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the browser scenario " + name + " did not finish in " + limit.toMinutes() + " minutes: " + lines);
        }
        reader.join(5000);
        // the reason first (a long report is cut short from its middle), then every step that led to it
        String reason = lines.stream().filter(l -> l.startsWith("{\"failed\"")).findFirst().orElse("(no reason printed)");
        assertEquals(0, process.exitValue(), "browser scenario " + name + " failed: " + reason + "\n"
                + String.join("\n", lines));
        String last = lines.get(lines.size() - 1);
        return JSON.readTree(last).path("result");
    }

    /**
     * Each screen was photographed and passed axe-core's WCAG 2.1 AA audit (the scenario fails on any
     * violation: contrast, names, labels, roles).
     */
    static void assertScreenshots(JsonNode result, String... names) throws IOException {
        List<String> audited = new ArrayList<>();
        result.path("audited").forEach(a -> audited.add(a.asText()));
        assertEquals(List.of(names), audited, "screens audited for accessibility");
        for (String name : names) {
            Path file = screenshots().resolve(name + ".png");
            assertTrue(Files.exists(file) && Files.size(file) > 1000, "no screenshot " + file);
        }
    }

    /** Sends a signed Facebook comment webhook and waits until the inbox lists its conversation. */
    static String deliverAndFind(String commentSuffix, String text) {
        return deliverAndFind(DemoData.META_PAGE_ID, commentSuffix, text);
    }

    /** The same, on the Facebook page {@code pageId} (a channel account of the brand). */
    static String deliverAndFind(String pageId, String commentSuffix, String text) {
        String body = DemoData.feedComment(pageId, commentSuffix, "Console Customer", text,
                Instant.now().getEpochSecond());
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(200);
        return findConversation(text);
    }

    /** Waits until agent1's open queue lists the conversation whose latest message is {@code text}; its id. */
    static String findConversation(String text) {
        String agent = Tokens.forUser("agent1");
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> items = given().header("Authorization", Tokens.bearer(agent))
                    .queryParam("status", "new,open").queryParam("limit", 200)
                    .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            return items.stream().filter(i -> text.equals(i.get("preview"))).map(i -> String.valueOf(i.get("id")))
                    .findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    /**
     * Gives acme its default care team (agent1, every hour of the week) when it has none, as the other scenarios share
     * it: without one, a test's own team would become the default and could not be removed afterwards.
     */
    static void ensureDefaultTeam(String managerBearer) {
        String teams = RunningStack.url(INBOX) + "/api/v1/brands/acme/teams";
        boolean hasDefault = Pages.readAll(200, cursor -> {
            var request = given().header("Authorization", managerBearer).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(teams).then().statusCode(200).extract().jsonPath().getMap("");
        }).items().stream().anyMatch(team -> Boolean.TRUE.equals(team.get("default")));
        if (!hasDefault) {
            given().header("Authorization", managerBearer).contentType(ContentType.JSON).body("""
                    {"strategy":"round-robin","default":true,"managers":["manager1"],"members":[{"user":"agent1",
                     "schedule":[{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                     "from":"00:00","to":"00:00","timeZone":"Europe/Warsaw"}]}]}""")
                    .put(teams + "/care").then().statusCode(201);
        }
    }

    static Path webui() {
        return RepositoryRoot.find().resolve("console/src/main/webui");
    }

    static Path screenshots() {
        return RepositoryRoot.find().resolve("e2e-tests/target/screenshots");
    }
}
