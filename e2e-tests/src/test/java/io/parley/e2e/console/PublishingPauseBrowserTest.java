package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.PostWorkflow.approve;
import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.calendar;
import static io.parley.e2e.PostWorkflow.channelAccount;
import static io.parley.e2e.PostWorkflow.read;
import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 item 8 in the browser ({@code browser-tests/scenarios/publishing-pause.mjs}) on the packaged stack: during
 * an incident manager1 pauses acme's publishing from the crisis banner, editor1 sees the banner on the calendar and
 * the post whose time comes stays scheduled (held, not sent to the network), and after manager1 lifts the pause with
 * "send" the post goes out. What the browser did is checked through the APIs: the pause's record, the post's history,
 * and that it was published only after the lift.
 */
@ExtendWith(RunningStack.class)
class PublishingPauseBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerPausesPublishingDuringAnIncidentAndTheDuePostWaitsUntilTheLift() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Awaria płatności — κρίση ⚠ " + run;
        String incident = given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "signal", "complaint"))
                .post(RunningStack.url(INBOX) + "/api/v1/brands/acme/incidents").then().statusCode(201).extract()
                .path("id");
        // due in three minutes: time for manager1 to sign in and pause before it comes, on a loaded machine too
        Instant due = Instant.now().plusSeconds(180);
        String text = "Wyprzedaż ❄ −30% — Χειμερινές εκπτώσεις, распродажа " + run;
        JsonPath story = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", "Promocja " + run, "variants", List.of(Map.of("channelAccount",
                        channelAccount("facebook"), "text", text, "scheduledFor", due.toString()))))
                .post(calendar("/stories")).then().statusCode(201).extract().jsonPath();
        String storyId = story.getString("id");
        String variantId = story.getString("variants[0].id");
        String variant = "/stories/" + storyId + "/variants/" + variantId;
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON).body("{}")
                .post(calendar(variant + "/submit")).then().statusCode(200);
        approve(variant);
        JsonPath scheduled = read(variant);
        assertEquals("scheduled", scheduled.getString("status"), "approved before its time");
        LocalDate day = LocalDate.ofInstant(due, ZoneId.of(scheduled.getString("timeZone")));
        String liftReason = "Płatności działają — λύθηκε ✔ " + run;
        try {
            JsonNode result = scenario("publishing-pause", Map.of("INCIDENT_TITLE", title, "VARIANT_ID", variantId,
                    "DAY", day.toString(), "DUE", due.toString(), "LIFT_REASON", liftReason),
                    Duration.between(Instant.now(), due).plus(Duration.ofMinutes(4))); // it waits for the post's time
            assertEquals("scheduled", result.path("heldStatus").asText(), "held while paused, in the browser");
            assertEquals("true", result.path("heldOnGrid").asText(), "the calendar marks the post itself as held");
            assertTrue(result.path("bannerText").asText().contains("manager1"), "who paused: "
                    + result.path("bannerText"));

            JsonPath pause = given().header("Authorization", bearer("editor1")).get(calendar("/publishing-pause/history"))
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("manager1", pause.getString("items[0].pausedBy"));
            assertTrue(pause.getString("items[0].reason").contains(title), "the reason from the incident");
            assertEquals(incident, pause.getString("items[0].incidentId"), "paused from the incident");
            assertEquals("manager1", pause.getString("items[0].liftedBy"));
            assertEquals(liftReason, pause.getString("items[0].liftReason"), "the reason exactly as typed");
            assertEquals("send", pause.getString("items[0].held"));
            assertTrue(pause.getInt("items[0].heldPosts") >= 1, "this post was held (and any other of acme's due then)");

            JsonPath published = read(variant);
            assertEquals("published", published.getString("status"));
            Instant liftedAt = Instant.parse(pause.getString("items[0].liftedAt"));
            assertTrue(Instant.parse(published.getString("publication.publishedAt")).isAfter(liftedAt),
                    "published after the lift (" + liftedAt + "), not at its time (" + due + ")");
            String history = read("/stories/" + storyId + "/history").prettify();
            assertTrue(history.contains("released-after-pause"), "the post's history: " + history);
            assertScreenshots(result, "pause-01-from-crisis-banner", "pause-02-editor-calendar-held",
                    "pause-03-lift-form", "pause-04-editor-published");
        } finally {
            // a pause or an incident left behind would stop or cover every other test's screens
            if (given().header("Authorization", bearer("manager1")).get(calendar("/publishing-pause")).then()
                    .extract().jsonPath().getBoolean("paused")) {
                given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                        .body(Map.of("reason", "test over", "held", "send")).post(calendar("/publishing-pause/lift"));
            }
            given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                    .body(Map.of("resolution", "test over"))
                    .post(RunningStack.url(INBOX) + "/api/v1/brands/acme/incidents/" + incident + "/close");
        }
    }
}
