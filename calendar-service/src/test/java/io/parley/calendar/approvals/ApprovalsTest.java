package io.parley.calendar.approvals;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.posts.ApprovalDecided;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalReminder;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApprovalStepSkipped;
import io.parley.contracts.posts.FindingOverridden;
import io.parley.contracts.posts.VariantApproved;
import io.parley.contracts.posts.VariantCancelled;
import io.parley.contracts.posts.VariantChangesRequested;
import io.parley.contracts.posts.VariantExpired;
import io.parley.contracts.posts.VariantReviewReset;
import io.parley.contracts.posts.VariantSubmitted;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.change;
import static io.parley.calendar.Fixtures.decide;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.read;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.parley.calendar.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A variant through its approval, as the catalogue's workflows ask (see {@link Neighbours#workflow}): the standards
 * gate, any / all / N of M, ordered steps, no self-approval, changes requested, a new round on edit, skips,
 * reminders and escalation, expiry — every decision audited and announced on parley.posts.v1.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class ApprovalsTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    static boolean about(Event<?> e, String variantPath) {
        return variantPath.endsWith(String.valueOf(field(e, "variantId")));
    }

    static Object field(Event<?> e, String name) {
        try {
            return e.data().getClass().getMethod(name).invoke(e.data());
        } catch (ReflectiveOperationException x) {
            throw new IllegalStateException(x);
        }
    }

    @Test
    void anyApproverApprovesButNotTheWriterAndTheVariantIsScheduled() {
        JsonPath story = oneVariant(variant(Neighbours.FACEBOOK, "Nowa kolekcja ❄"));
        String v = variantPath(story, 0);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            submit("editor1", v).then().statusCode(200).body("status", equalTo("in_review"))
                    .body("approval.round", equalTo(1)).body("approval.currentStep", equalTo(0))
                    .body("approval.steps[0].name", equalTo("Marketing"))
                    .body("approval.steps[0].state", equalTo("active"));
            Event<VariantSubmitted> submitted = posts.awaitEvent(VariantSubmitted.class, e -> about(e, v), WAIT);
            assertEquals("editor1", submitted.data().by());
            Event<ApprovalRequested> requested = posts.awaitEvent(ApprovalRequested.class, e -> about(e, v), WAIT);
            assertEquals("approver", requested.data().approvers().get(0).id());
            assertEquals(story.getString("id"), requested.subject());

            // approver1 is an editor too: once they have changed the variant, they may not approve it.
            change("approver1", v, Map.of("firstComment", "Link w komentarzu 👇")).then().statusCode(200)
                    .body("status", equalTo("in_review")).body("approval.round", equalTo(2));
            decide("approver1", v, "approve", "ok").then().statusCode(403)
                    .body("detail", equalTo("you wrote or last changed this variant; someone else approves it"));
            decide("editor1", v, "approve", "mine").then().statusCode(403);
            decide("agent1", v, "approve", "no").then().statusCode(403);
            decide("manager1", v, "maybe", "?").then().statusCode(400).body("errors[0].field", equalTo("decision"));
            decide("manager1", v, "approve", "Dobrze ✔").then().statusCode(200).body("status", equalTo("scheduled"))
                    .body("approval.steps[0].decisions[0].by", equalTo("manager1"))
                    .body("approval.steps[0].decisions[0].comment", equalTo("Dobrze ✔"));
            Event<ApprovalDecided> decided = posts.awaitEvent(ApprovalDecided.class, e -> about(e, v)
                    && e.data().by().equals("manager1"), WAIT);
            assertEquals("approve", decided.data().decision());
            Event<VariantApproved> approved = posts.awaitEvent(VariantApproved.class, e -> about(e, v), WAIT);
            assertEquals("scheduled", approved.data().status());
            assertEquals(2, approved.data().round());
        }
        decide("approver1", v, "approve", "late").then().statusCode(409);
        JsonPath history = given().header("Authorization", as("agent1"))
                .get("/api/v1/brands/acme/stories/" + story.getString("id") + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(history.getList("items.action").containsAll(List.of("story-created", "submitted", "variant-changed",
                "review-reset", "decision")), history.getList("items.action").toString());
        assertEquals("manager1", history.getString("items.find { it.action == 'decision' }.actor"));
    }

    @Test
    void aLowRiskVariantNeedsNoApprovalAndOneWithoutATimeIsApprovedNotScheduled() {
        Map<String, Object> low = with(variant(Neighbours.LINKEDIN, "Low risk"), "riskLevel", "low");
        low.remove("scheduledFor");
        String v = variantPath(oneVariant(low), 0);
        submit("editor1", v).then().statusCode(200).body("status", equalTo("approved"))
                .body("approval.steps.size()", equalTo(0));
        // Given a time later, it is scheduled, keeping its approval.
        change("editor1", v, Map.of("scheduledFor", Instant.now().plus(Duration.ofDays(3)).toString())).then()
                .statusCode(200).body("status", equalTo("scheduled")).body("approval.round", equalTo(1));
    }

    @Test
    void allOfAStepThenTheNextStepInOrderThenASkipWithAReason() {
        String v = variantPath(oneVariant(with(variant(Neighbours.FACEBOOK, "High risk"), "riskLevel", "high")), 0);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            submit("editor1", v).then().statusCode(200).body("approval.steps.size()", equalTo(2))
                    .body("approval.steps[1].state", equalTo("waiting"));
            // Step two's manager may not decide while step one is active (admin1 is no listed user of step one).
            decide("admin1", v, "approve", "early").then().statusCode(403);
            decide("approver1", v, "approve", "1/2").then().statusCode(200).body("status", equalTo("in_review"))
                    .body("approval.currentStep", equalTo(0));
            decide("approver1", v, "approve", "again").then().statusCode(409);
            decide("manager1", v, "approve", "2/2").then().statusCode(200).body("approval.currentStep", equalTo(1))
                    .body("approval.steps[0].state", equalTo("approved"))
                    .body("approval.steps[1].state", equalTo("active"));
            posts.awaitEvent(ApprovalRequested.class, e -> about(e, v) && e.data().step() == 1
                    && e.data().stepName().equals("Legal"), WAIT);
            given().header("Authorization", as("approver1")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "hurry")).post(v + "/skip-step").then().statusCode(403);
            given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                    .body(Map.of("reason", " ")).post(v + "/skip-step").then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Legal signed the wording off in advance")).post(v + "/skip-step").then()
                    .statusCode(200).body("status", equalTo("scheduled"))
                    .body("approval.steps[1].state", equalTo("skipped"))
                    .body("approval.steps[1].skipped.by", equalTo("manager1"));
            Event<ApprovalStepSkipped> skipped = posts.awaitEvent(ApprovalStepSkipped.class, e -> about(e, v), WAIT);
            assertEquals("Legal signed the wording off in advance", skipped.data().reason());
            posts.awaitEvent(VariantApproved.class, e -> about(e, v), WAIT);
        }
    }

    @Test
    void twoOfThreeApprove() {
        String v = variantPath(oneVariant(with(variant(Neighbours.LINKEDIN, "Artykuł"), "contentType", "article")), 0);
        submit("editor1", v).then().statusCode(200).body("approval.steps[0].required", equalTo(2));
        decide("admin1", v, "approve", "").then().statusCode(200).body("status", equalTo("in_review"));
        decide("approver1", v, "approve", "").then().statusCode(200).body("status", equalTo("scheduled"));
    }

    @Test
    void changesRequestedThenAnEditAndANewRound() {
        String v = variantPath(oneVariant(variant(Neighbours.FACEBOOK, "Pierwsza wersja")), 0);
        submit("editor1", v).then().statusCode(200);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            decide("approver1", v, "request_changes", "").then().statusCode(400).body("errors[0].field",
                    equalTo("comment"));
            decide("approver1", v, "request_changes", "Dodaj link do sklepu").then().statusCode(200)
                    .body("status", equalTo("changes_requested"));
            Event<VariantChangesRequested> e = posts.awaitEvent(VariantChangesRequested.class, x -> about(x, v), WAIT);
            assertEquals("Dodaj link do sklepu", e.data().comment());
        }
        change("editor1", v, Map.of("link", "https://acme.example/sklep")).then().statusCode(200)
                .body("status", equalTo("changes_requested"));
        submit("editor1", v).then().statusCode(200).body("status", equalTo("in_review"))
                .body("approval.round", equalTo(2)).body("approval.steps[0].decisions.size()", equalTo(0));
    }

    @Test
    void anEditAfterApprovalStartsANewRoundWithTheDiffWhileANewTimeKeepsTheApproval() {
        String v = variantPath(oneVariant(variant(Neighbours.FACEBOOK, "Zimowa kolekcja już jest")), 0);
        submit("editor1", v).then().statusCode(200);
        int submitted = read("editor1", v).getInt("version");
        decide("approver1", v, "approve", "ok").then().statusCode(200).body("status", equalTo("scheduled"));
        change("editor1", v, Map.of("scheduledFor", Instant.now().plus(Duration.ofDays(9)).toString())).then()
                .statusCode(200).body("status", equalTo("scheduled")).body("approval.round", equalTo(1));
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            JsonPath changed = change("editor1", v, Map.of("text", "Zimowa kolekcja Acme już jest")).then()
                    .statusCode(200).body("status", equalTo("in_review")).body("approval.round", equalTo(2))
                    .body("approval.steps[0].state", equalTo("active")).extract().jsonPath();
            Event<VariantReviewReset> reset = posts.awaitEvent(VariantReviewReset.class, e -> about(e, v), WAIT);
            assertEquals(submitted, reset.data().fromVersion());
            assertEquals(changed.getInt("version"), reset.data().toVersion());
            assertEquals(List.of("text"), reset.data().changedFields());
            given().header("Authorization", as("approver1")).queryParam("from", reset.data().fromVersion())
                    .queryParam("to", reset.data().toVersion()).get(v + "/diff").then().statusCode(200)
                    .body("text.find { it.op == 'insert' }.text", equalTo("Acme "));
        }
        // The reset round's content must pass the checks too: a blocking word refuses the edit, nothing changes.
        change("editor1", v, Map.of("text", "Darmowa kolekcja")).then().statusCode(422)
                .body("findings[0].code", equalTo("pl-darmowy")).body("findings[0].severity", equalTo("blocking"));
        assertEquals("Zimowa kolekcja Acme już jest", read("editor1", v).getString("text"));
    }

    @Test
    void blockingFindingsStopSubmissionUnlessAnApproverOverridesThemWithAReason() {
        String v = variantPath(oneVariant(variant(Neighbours.FACEBOOK, "Darmowa dostawa, guaranteed")), 0);
        JsonPath draft = read("editor1", v);
        assertEquals(List.of("pl-darmowy", "en-guarantee"), draft.getList("findings.code"));
        JsonPath blocked = submit("editor1", v).then().statusCode(422)
                .body("type", equalTo("/problems/unprocessable")).body("errors[0].field", equalTo("text"))
                .extract().jsonPath();
        assertEquals(List.of("blocking", "warning"), blocked.getList("findings.severity"));
        assertEquals("draft", read("editor1", v).getString("status"));
        Map<String, Object> override = Map.of("overrides", List.of(Map.of("code", "pl-darmowy",
                "reason", "Darmowa dostawa is our delivery policy")));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON).body(override)
                .post(v + "/submit").then().statusCode(403);
        given().header("Authorization", as("approver1")).contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("code", "pl-darmowy", "reason", " "))))
                .post(v + "/submit").then().statusCode(400).body("errors[0].field", equalTo("overrides[0].reason"));
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            given().header("Authorization", as("approver1")).contentType(ContentType.JSON).body(override)
                    .post(v + "/submit").then().statusCode(200).body("status", equalTo("in_review"))
                    .body("findings[0].overridden.by", equalTo("approver1"))
                    .body("findings[0].overridden.reason", equalTo("Darmowa dostawa is our delivery policy"));
            Event<FindingOverridden> e = posts.awaitEvent(FindingOverridden.class, x -> about(x, v), WAIT);
            assertEquals("pl-darmowy", e.data().code());
            assertEquals("approver1", e.data().by());
        }
    }

    @Test
    void aWaitingVideoRemindsThenEscalates() {
        String v = variantPath(oneVariant(with(variant(Neighbours.FACEBOOK, "Wideo 🎬"), "contentType", "video")), 0);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            submit("editor1", v).then().statusCode(200);
            decide("manager1", v, "approve", "too early").then().statusCode(403);
            Event<ApprovalReminder> reminder = posts.awaitEvent(ApprovalReminder.class, e -> about(e, v), WAIT);
            assertEquals("approver1", reminder.data().approvers().get(0).id());
            Event<ApprovalEscalated> escalated = posts.awaitEvent(ApprovalEscalated.class, e -> about(e, v), WAIT);
            assertEquals("manager1", escalated.data().escalateTo().get(0).id());
            assertEquals(reminder.data().waitingSince(), escalated.data().waitingSince());
        }
        read("editor1", v);
        decide("manager1", v, "approve", "escalated to me").then().statusCode(200).body("status", equalTo("scheduled"))
                .body("approval.steps[0].escalated", equalTo(true)).body("approval.steps[0].reminded", equalTo(true));
        JsonPath history = given().header("Authorization", as("agent1"))
                .get(v.substring(0, v.indexOf("/variants")) + "/history").then().extract().jsonPath();
        assertTrue(history.getList("items.action").containsAll(List.of("reminder", "escalated")));
    }

    @Test
    void aVariantNotApprovedByItsTimeExpiresAndNeverPublishes() {
        Instant soon = Instant.now().plusSeconds(4);
        String v = variantPath(oneVariant(with(variant(Neighbours.FACEBOOK, "Flash ⚡"), "scheduledFor",
                soon.toString())), 0);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            submit("editor1", v).then().statusCode(200).body("status", equalTo("in_review"));
            Event<VariantExpired> expired = posts.awaitEvent(VariantExpired.class, e -> about(e, v), WAIT);
            assertEquals("in_review", expired.data().previousStatus());
        }
        read("agent1", v);
        given().header("Authorization", as("agent1")).get(v).then().body("status", equalTo("expired"));
        decide("approver1", v, "approve", "late").then().statusCode(409);
        await().atMost(WAIT).until(() -> given().header("Authorization", as("agent1")).queryParam("status", "expired")
                .get("/api/v1/brands/acme/stories").then().extract().jsonPath().getList("items.variants.flatten().id")
                .contains(v.substring(v.lastIndexOf('/') + 1)));
    }

    @Test
    void aCancelledVariantStaysCancelled() {
        String v = variantPath(oneVariant(variant(Neighbours.X, "Anulowany")), 0);
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Kampania przesunięta")).post(v + "/cancel").then().statusCode(200)
                    .body("status", equalTo("cancelled"));
            assertEquals("Kampania przesunięta", posts.awaitEvent(VariantCancelled.class, e -> about(e, v), WAIT)
                    .data().reason());
        }
        change("editor1", v, Map.of("text", "x")).then().statusCode(409);
        submit("editor1", v).then().statusCode(409);
        given().header("Authorization", as("agent1")).get(v + "/versions").then()
                .body("items.status", hasItems("draft", "cancelled"));
        given().header("Authorization", as("agent1")).get(v).then().body("version", equalTo(2))
                .body("findings", org.hamcrest.Matchers.empty()).body("approval", org.hamcrest.Matchers.nullValue())
                .body("author", equalTo("editor1")).body("status", equalTo("cancelled"))
                .body("channelAccount", equalTo(Neighbours.X)).body("platform", equalTo("x"))
                .body("contentType", equalTo("post")).body("media.size()", equalTo(0)).body("timeZone",
                        equalTo("Europe/Warsaw"));
        given().header("Authorization", as("agent1")).get(v + "/versions").then().body("items.by", hasItem("editor1"));
    }
}
