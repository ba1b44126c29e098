package io.parley.calendar.pause;

import io.parley.calendar.Fixtures;
import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.calendar.publishing.PublishScheduler;
import io.parley.contracts.EventJson;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.PublishingPaused;
import io.parley.contracts.posts.PublishingResumed;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.parley.calendar.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Pause all publishing" (issue 21 item 8) against the real database and broker: a manager pauses the brand, a post
 * whose time comes meanwhile is held (its scheduler claim, which every replica runs, takes nothing of the brand), and
 * lifting the pause releases it or sends it back to be rescheduled; editors may not pause; every step is recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class PublishingPauseTest {

    static final String PAUSE = "/api/v1/brands/acme/publishing-pause";
    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager em;

    @Inject
    PublishScheduler scheduler;

    /** Other tests of the build publish for acme too: never leave the brand paused. */
    @AfterEach
    void liftWhatIsLeft() {
        if (status("manager1").getBoolean("paused")) {
            lift("manager1", "end of the test", "send").then().statusCode(200);
        }
    }

    @Test
    void aPostDueWhilePausedIsHeldOnEveryReplicaAndGoesOutWhenLifted() {
        JsonPath story = scheduledStory("Zimowa wyprzedaż ❄ −30% na wszystko");
        UUID variant = UUID.fromString(story.getString("variants[0].id"));
        String incident = UUID.randomUUID().toString();
        try (EventTail posts = EventTail.open(Topics.POSTS); EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            JsonPath paused = pause("manager1", "Awaria płatności — wstrzymujemy promocje.", incident).then()
                    .statusCode(201).extract().jsonPath();
            assertEquals("manager1", paused.getString("pausedBy"));
            assertEquals("Awaria płatności — wstrzymujemy promocje.", paused.getString("reason"));
            assertEquals(incident, paused.getString("incidentId"));
            PublishingPaused announced = posts.awaitEvent(PublishingPaused.class,
                    e -> e.data().pauseId().toString().equals(paused.getString("id")), WAIT).data();
            assertEquals("manager1", announced.pausedBy());

            makeDue(variant);
            // the service's own scheduler passes every second; these are a second replica's passes on the same rows
            for (int pass = 0; pass < 3; pass++) {
                scheduler.pass();
            }
            JsonPath status = status("editor1");
            assertTrue(status.getBoolean("paused"), "an editor sees the pause");
            assertEquals("manager1", status.getString("pause.pausedBy"));
            assertTrue(status.getList("heldPosts.variantId", String.class).contains(variant.toString()),
                    "the due post is listed as held: " + status.prettyPrint());
            assertEquals("scheduled", variantStatus(story), "held: neither sent nor lost");
            assertEquals(0L, ledgerRows(variant), "nothing was asked of the gateway");
            assertFalse(outbound.records().stream().anyMatch(r -> isPublishOf(r.value(), variant)),
                    "no publish request reached the outbound topic while paused");

            JsonPath lifted = lift("manager1", "Płatności działają.", "send").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals("manager1", lifted.getString("liftedBy"));
            assertEquals("send", lifted.getString("held"));
            assertTrue(lifted.getInt("heldPosts") >= 1);
            posts.awaitEvent(PublishingResumed.class, e -> e.data().pauseId().toString()
                    .equals(paused.getString("id")) && "send".equals(e.data().held()), WAIT);
            outbound.awaitEvent(OutboundActionRequested.class, e -> e.data().action() == OutboundAction.PUBLISH_POST
                    && e.data().origin() != null && e.data().origin().contains("/variant/" + variant + "/"), WAIT);
            await().atMost(WAIT).until(() -> "publishing".equals(variantStatus(story)));
        }
        List<Map<String, Object>> history = history(story);
        assertTrue(history.stream().anyMatch(e -> "released-after-pause".equals(e.get("action"))
                && "manager1".equals(e.get("actor"))), "the post's history says the lift released it: " + history);
    }

    @Test
    void liftingWithRescheduleSendsTheHeldPostBackToApprovedWithoutATime() {
        JsonPath story = scheduledStory("Nowa kolekcja już w sklepach");
        UUID variant = UUID.fromString(story.getString("variants[0].id"));
        pause("manager1", "Kryzys: czekamy na oświadczenie.", null).then().statusCode(201);
        makeDue(variant);
        scheduler.pass();
        assertEquals("scheduled", variantStatus(story));

        lift("manager1", "Oświadczenie wydane; posty do nowego terminu.", "reschedule").then().statusCode(200)
                .body("held", equalTo("reschedule"));
        scheduler.pass();
        JsonPath v = Fixtures.read("editor1", variantPath(story, 0));
        assertEquals("approved", v.getString("status"), "approved, waiting for a new time");
        assertNull(v.get("scheduledFor"));
        assertEquals(0L, ledgerRows(variant));
        assertTrue(history(story).stream().anyMatch(e -> "held-to-reschedule".equals(e.get("action"))));
    }

    @Test
    void onlyManagersAndAdminsPauseAndLiftAndEveryoneReadsIt() {
        pause("editor1", "Ja też chcę", null).then().statusCode(403)
                .contentType("application/problem+json");
        pause("approver1", "Ja też chcę", null).then().statusCode(403);
        pause("agent1", "Ja też chcę", null).then().statusCode(403);
        assertFalse(status("agent1").getBoolean("paused"), "the editors' attempts paused nothing");

        pause("manager1", "Kryzys", null).then().statusCode(201);
        lift("editor1", "Koniec", "send").then().statusCode(403).contentType("application/problem+json");
        for (String who : List.of("agent1", "editor1", "approver1")) {
            assertTrue(status(who).getBoolean("paused"), who + " reads the pause");
        }
        pause("admin1", "Drugi raz", null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("already paused, by manager1"));
        lift("manager1", "Koniec", "send").then().statusCode(200);
        lift("manager1", "Jeszcze raz", "send").then().statusCode(409);
    }

    @Test
    void aPauseAndALiftNeedAReasonAndALiftAChoice() {
        pause("manager1", "  ", null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        pause("manager1", "x".repeat(501), null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        pause("manager1", "Kryzys", null).then().statusCode(201);
        lift("manager1", "Koniec", "later").then().statusCode(400).body("errors[0].field", equalTo("held"));
        lift("manager1", "", "send").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertTrue(status("manager1").getBoolean("paused"), "a refused lift leaves the pause in force");
    }

    @Test
    void theHistoryKeepsWhoPausedAndLiftedWhenAndWhy() {
        String id = pause("manager1", "Κρίση: σταματάμε τις αναρτήσεις", null).then().statusCode(201).extract()
                .path("id");
        lift("admin1", "Всё в порядке", "reschedule").then().statusCode(200);
        JsonPath history = given().header("Authorization", as("editor1")).get(PAUSE + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(id, history.getString("items[0].id"), "newest first");
        assertEquals("manager1", history.getString("items[0].pausedBy"));
        assertEquals("Κρίση: σταματάμε τις αναρτήσεις", history.getString("items[0].reason"));
        assertEquals("admin1", history.getString("items[0].liftedBy"));
        assertEquals("Всё в порядке", history.getString("items[0].liftReason"));
        assertEquals("reschedule", history.getString("items[0].held"));
        assertTrue(history.getString("items[0].pausedAt").compareTo(history.getString("items[0].liftedAt")) <= 0);
    }

    private static JsonPath scheduledStory(String text) {
        JsonPath story = oneVariant(with(variant(Neighbours.FACEBOOK, text), "riskLevel", "low"));
        submit("editor1", variantPath(story, 0)).then().statusCode(200).body("status", equalTo("scheduled"));
        return story;
    }

    private void makeDue(UUID variant) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE variant SET scheduled_for = now() - interval '1 minute' WHERE id = ?1")
                .setParameter(1, variant).executeUpdate());
    }

    private long ledgerRows(UUID variant) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM publication_action WHERE variant_id = ?1").setParameter(1, variant)
                .getSingleResult())).longValue();
    }

    private static boolean isPublishOf(byte[] value, UUID variant) {
        return EventJson.fromBytes(value).data() instanceof OutboundActionRequested a
                && a.action() == OutboundAction.PUBLISH_POST && a.origin() != null
                && a.origin().contains("/variant/" + variant + "/");
    }

    private static String variantStatus(JsonPath story) {
        return Fixtures.read("editor1", variantPath(story, 0)).getString("status");
    }

    private static List<Map<String, Object>> history(JsonPath story) {
        return given().header("Authorization", as("editor1")).get(Fixtures.STORIES + "/" + story.getString("id")
                + "/history").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Response pause(String user, String reason, String incident) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("reason", reason);
        if (incident != null) {
            body.put("incidentId", incident);
        }
        return given().header("Authorization", as(user)).contentType(ContentType.JSON).body(body).post(PAUSE);
    }

    private static Response lift(String user, String reason, String held) {
        return given().header("Authorization", as(user)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "held", held)).post(PAUSE + "/lift");
    }

    private static JsonPath status(String user) {
        return given().header("Authorization", as(user)).get(PAUSE).then().statusCode(200).extract().jsonPath();
    }
}
