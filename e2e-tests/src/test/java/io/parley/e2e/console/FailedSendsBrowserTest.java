package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.deliverAndFind;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A send that failed never reads as success, in the real browser ({@code browser-tests/scenarios/failed-sends.mjs}):
 * a Facebook page connected live but whose access token was never set makes the gateway refuse every send to it —
 * a real failure of the shipped configuration, not a stub. agent1's reply to a comment there shows as not
 * delivered with the gateway's reason, keeps its text for "Edit and send" and offers Retry; a grouped answer to one
 * conversation of that page and one of a working page lists each conversation's own outcome. Once a manager has
 * fixed the page (here: switched to sandbox, as adding its token would), Retry sends the reply.
 */
@ExtendWith(RunningStack.class)
class FailedSendsBrowserTest {

    @Test
    void aFailedReplyKeepsItsTextAndIsRetriedAndAGroupedAnswerShowsEachConversationsOutcome() throws Exception {
        ConsoleScenarios.consoleUrl();
        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        String agent = Tokens.bearer(Tokens.forUser("agent1"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String page = "61" + (100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L));

        // A live page with no access token: every send to it is refused by the gateway before any request.
        String channel = given().header("Authorization", manager).contentType(ContentType.JSON)
                .body(Map.of("brand", "acme", "platform", "facebook", "accountId", page,
                        "name", "Acme Outlet (token missing) " + run, "mode", "live"))
                .post(RunningStack.url(INGEST) + "/api/v1/channels").then().statusCode(201)
                .extract().jsonPath().getString("id");

        String broken = deliverAndFind(page, run + "-r", "Gdzie jest moja reklamacja? Πού είναι; " + run);
        String groupBroken = deliverAndFind(page, run + "-g1", "Czy sklep działa? Работает ли магазин? " + run);
        String groupWorking = deliverAndFind(run + "-g2", "Does the shop work again? ❤ " + run);
        String reply = "Sprawdzamy to teraz i odpiszemy tutaj — przepraszamy za kłopot.";
        String statement = "Sklep znowu działa. Το κατάστημα λειτουργεί ξανά. Магазин снова работает. " + run;

        JsonNode failed = scenario("failed-sends", Map.of("PHASE", "fail", "BROKEN_CONVERSATION", broken,
                "REPLY_TEXT", reply, "RUN", run, "GROUP_BROKEN", groupBroken, "GROUP_WORKING", groupWorking,
                "STATEMENT", statement));
        assertTrue(failed.path("first").asText().contains("no access token for facebook account " + page),
                "the gateway's reason, as the agent reads it: " + failed.path("first").asText());
        assertEquals(reply, failed.path("restored").asText(), "Edit and send puts the failed text back");
        assertEquals("failed", failed.path("rows").path(groupBroken).path("status").asText());
        assertTrue(failed.path("rows").path(groupBroken).path("text").asText().contains("no access token"),
                failed.path("rows").toString());
        assertEquals("delivered", failed.path("rows").path(groupWorking).path("status").asText());
        assertTrue(failed.path("headline").asText().contains("1 of 2 conversations answered, 1 failed"),
                failed.path("headline").asText());
        assertScreenshots(failed, "failed-01-reply-failed", "failed-02-grouped-partial");

        // What the browser showed is what the inbox holds: two failed replies, the conversation still open; the
        // grouped answer answered the working page's conversation only.
        JsonPath detail = conversation(agent, broken);
        assertEquals(List.of("failed", "failed"), detail.getList("replies.status"));
        assertEquals(List.of(reply, reply + " 🙏"), detail.getList("replies.text"));
        assertEquals("open", detail.getString("status"));
        assertEquals("open", conversation(agent, groupBroken).getString("status"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals("answered", conversation(agent, groupWorking).getString("status")));

        // The manager fixes the page; the agent retries from the conversation.
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme Outlet " + run, "mode", "sandbox", "enabled", true))
                .put(RunningStack.url(INGEST) + "/api/v1/channels/" + channel).then().statusCode(200);
        JsonNode retried = scenario("failed-sends", Map.of("PHASE", "retry", "BROKEN_CONVERSATION", broken,
                "REPLY_TEXT", reply));
        assertEquals(2, retried.path("failedBubbles").asInt());
        assertTrue(retried.path("delivered").asText().contains(reply + " 🙏"), retried.path("delivered").asText());
        assertScreenshots(retried, "failed-03-retried");
        JsonPath after = conversation(agent, broken);
        assertEquals(List.of("failed", "failed", "delivered"), after.getList("replies.status"));
        assertEquals(reply + " 🙏", after.getString("replies[2].text"));
        assertEquals("answered", after.getString("status"));
        // One request reached the (now sandbox) page: the retried reply, exactly once.
        List<Map<String, Object>> requests = given().header("Authorization", agent)
                .pathParam("brand", "acme").queryParam("limit", 200)
                .get(RunningStack.url(INGEST) + "/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(1, requests.stream().filter(r -> page.equals(String.valueOf(r.get("channelAccountId")))).count(),
                "requests to the fixed page: " + requests);
    }

    private static JsonPath conversation(String bearer, String id) {
        return given().header("Authorization", bearer).get(RunningStack.url(INBOX) + "/api/v1/conversations/" + id)
                .then().statusCode(200).extract().jsonPath();
    }
}
