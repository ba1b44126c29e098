package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channels screen in headless Chromium against the started stack: manager1 adds a sandbox Telegram bot with its
 * secret by reference and sees it listed, healthy and in sandbox mode; ingest-service's API holds exactly that
 * account, with the reference and never a value.
 */
@ExtendWith(RunningStack.class)
class ChannelsBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerAddsASandboxTelegramBotAndSeesItListed() throws Exception {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(7_100_000_000L, 7_900_000_000L));
        String reference = "env:PARLEY_CHANNEL_SECRETS_E2E_BOT_" + account;
        JsonNode result = scenario("channels-manager-adds-sandbox-telegram", Map.of("ACCOUNT", account,
                "NAME", "Nocny bot ✦ " + account, "REFERENCE", reference));

        assertEquals("Nocny bot ✦ " + account + " was added in sandbox mode.", result.path("outcome").asText());
        String listed = result.path("listed").asText();
        assertTrue(listed.contains("Telegram") && listed.contains("Sandbox") && listed.contains("Healthy"), listed);
        assertFalse(listed.contains(reference), "the reference is not shown back: " + listed);
        assertEquals("healthy", result.path("state").asText());
        assertScreenshots(result, "channels-01-list", "channels-02-added");

        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        List<Map<String, Object>> mine = given().header("Authorization", manager).queryParam("brand", "acme")
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/channels").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.accountId == '" + account + "' }");
        assertEquals(1, mine.size());
        assertEquals("sandbox", mine.get(0).get("mode"));
        assertEquals("telegram", mine.get(0).get("platform"));
        assertEquals("manager1", mine.get(0).get("createdBy"));
        given().header("Authorization", manager).delete(RunningStack.url(INGEST) + "/api/v1/channels/"
                + mine.get(0).get("id")).then().statusCode(204);
    }
}
