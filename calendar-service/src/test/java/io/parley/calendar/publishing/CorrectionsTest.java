package io.parley.calendar.publishing;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.VariantCorrected;
import io.parley.contracts.posts.VariantDeleted;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.decide;
import static io.parley.calendar.Fixtures.STORIES;
import static io.parley.calendar.publishing.Publishing.WAIT;
import static io.parley.calendar.publishing.Publishing.awaitRequest;
import static io.parley.calendar.publishing.Publishing.delivered;
import static io.parley.calendar.publishing.Publishing.path;
import static io.parley.calendar.publishing.Publishing.published;
import static io.parley.calendar.publishing.Publishing.read;
import static io.parley.calendar.publishing.Publishing.scheduled;
import static io.parley.calendar.publishing.Publishing.variantId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published post is corrected in the open — the correction approved like any post, then the post edited (or, on X,
 * a correction reply under it), both texts kept — and deleted only by an approver with a reason. Nothing is reposted.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class CorrectionsTest {

    @Inject
    EntityManager em;

    static Response post(String user, String path, Object body) {
        return given().header("Authorization", as(user)).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void aCorrectionGoesThroughApprovalThenEditsThePostAndTheHistoryKeepsBothTexts() {
        JsonPath story = published(em, Neighbours.FACEBOOK, "Zimowa kolekcja już jest ❄ Ceny od 99 zł.", "fb_111");
        String v = path(story);
        UUID id = variantId(story);
        post("editor1", v + "/corrections", Map.of("text", "Nowy tekst")).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        post("agent1", v + "/corrections", Map.of("text", "x", "reason", "y")).then().statusCode(403);
        JsonPath correction = post("editor1", v + "/corrections", Map.of("text",
                "Zimowa kolekcja już jest ❄ Ceny od 129.", "reason", "Cena była błędna.")).then().statusCode(201)
                .body("kind", equalTo("edit")).body("correctionOf", equalTo(id.toString()))
                .body("variant.status", equalTo("in_review")).body("variant.correctionReason", equalTo("Cena była błędna."))
                .extract().jsonPath();
        String c = STORIES + "/" + story.getString("id") + "/variants/" + correction.getString("variant.id");
        assertEquals("published", read(v).getString("status"), "the post stays as it is until the edit is approved");
        // Sent back for changes, the writer changes its text — and only its text: it never goes out on a time.
        decide("approver1", c, "request_changes", "Dodaj walutę.").then().statusCode(200)
                .body("status", equalTo("changes_requested"));
        io.parley.calendar.Fixtures.change("editor1", c, Map.of("scheduledFor",
                io.parley.calendar.Fixtures.later().toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("scheduledFor"));
        io.parley.calendar.Fixtures.change("editor1", c, Map.of("text", "Zimowa kolekcja już jest ❄ Ceny od 129 zł."))
                .then().statusCode(200);
        io.parley.calendar.Fixtures.submit("editor1", c).then().statusCode(200).body("status", equalTo("in_review"));
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            decide("editor1", c, "approve", "mine").then().statusCode(403); // no self-approval, as for any post
            decide("approver1", c, "approve", "Poprawka OK").then().statusCode(200)
                    .body("status", equalTo("publishing"));
            Event<OutboundActionRequested> edit = awaitRequest(outbound, OutboundAction.EDIT_POST, id);
            assertEquals("fb_111", edit.data().targetObjectId());
            assertEquals("Zimowa kolekcja już jest ❄ Ceny od 129 zł.", edit.data().text());
            delivered(edit, "fb_111");
            Event<VariantCorrected> corrected = posts.awaitEvent(VariantCorrected.class,
                    e -> e.data().variantId().equals(id), WAIT);
            assertEquals("edit", corrected.data().kind());
            assertEquals("Zimowa kolekcja już jest ❄ Ceny od 99 zł.", corrected.data().previousText());
            assertEquals("Cena była błędna.", corrected.data().reason());
        }
        JsonPath after = read(v);
        assertEquals("published", after.getString("status"));
        assertEquals("Zimowa kolekcja już jest ❄ Ceny od 129 zł.", after.getString("text"));
        assertEquals("published", read(c).getString("status"));
        JsonPath history = given().header("Authorization", as("agent1")).get(v + "/history").then().statusCode(200)
                .extract().jsonPath();
        List<String> texts = history.getList("items.text");
        assertTrue(texts.contains("Zimowa kolekcja już jest ❄ Ceny od 99 zł.")
                && texts.contains("Zimowa kolekcja już jest ❄ Ceny od 129 zł."), texts.toString());
        assertEquals("Cena była błędna.", history.getString("items.find { it.kind == 'correction' }.reason"));
        assertEquals("edit", history.getString("items.find { it.kind == 'correction' }.correctionKind"));
        JsonPath ledger = given().header("Authorization", as("editor1")).get(v + "/publications").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("publish", "edit"), ledger.getList("items.kind"));
    }

    @Test
    void onXACorrectionIsAReplyUnderThePost() {
        JsonPath story = published(em, Neighbours.X, "Sale ends Friday ❄", "1800000000000000042");
        String v = path(story);
        UUID id = variantId(story);
        JsonPath correction = post("editor1", v + "/corrections", Map.of("text",
                "Correction: the sale ends on Sunday, not Friday.", "reason", "Wrong day.")).then().statusCode(201)
                .body("kind", equalTo("reply")).extract().jsonPath();
        String c = STORIES + "/" + story.getString("id") + "/variants/" + correction.getString("variant.id");
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            decide("manager1", c, "approve", "OK").then().statusCode(200);
            Event<OutboundActionRequested> reply = awaitRequest(outbound, OutboundAction.REPLY, id);
            assertEquals("1800000000000000042", reply.data().targetObjectId());
            assertEquals("Correction: the sale ends on Sunday, not Friday.", reply.data().text());
            delivered(reply, "1800000000000000043");
            Event<VariantCorrected> corrected = posts.awaitEvent(VariantCorrected.class,
                    e -> e.data().variantId().equals(id), WAIT);
            assertEquals("reply", corrected.data().kind());
            assertEquals("1800000000000000043", corrected.data().platformObjectId());
        }
        assertEquals("Sale ends Friday ❄", read(v).getString("text"), "the post itself is not changed on X");
        assertEquals("1800000000000000043", read(c).getString("publication.platformPostId"));
    }

    @Test
    void onlyAnApproverDeletesAPublishedPostWithAReasonAndNothingIsReposted() {
        JsonPath story = published(em, Neighbours.LINKEDIN, "Oferta ❄", "urn:li:share:1");
        String v = path(story);
        UUID id = variantId(story);
        post("editor1", v + "/deletion", Map.of("reason", "Oferta wycofana.")).then().statusCode(403);
        post("agent1", v + "/deletion", Map.of("reason", "Oferta wycofana.")).then().statusCode(403);
        post("approver1", v + "/deletion", Map.of()).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        post("approver1", v + "/deletion", Map.of("reason", " ")).then().statusCode(422);
        JsonPath scheduledOnly = scheduled(Neighbours.LINKEDIN, "Not out yet", Map.of());
        post("manager1", path(scheduledOnly) + "/deletion", Map.of("reason", "x")).then().statusCode(409);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            post("approver1", v + "/deletion", Map.of("reason", "Oferta wycofana przez dział prawny.")).then()
                    .statusCode(202).body("status", equalTo("published"))
                    .body("deletion.by", equalTo("approver1"));
            post("manager1", v + "/deletion", Map.of("reason", "again")).then().statusCode(409);
            Event<OutboundActionRequested> delete = awaitRequest(outbound, OutboundAction.DELETE_POST, id);
            assertEquals("urn:li:share:1", delete.data().targetObjectId());
            delivered(delete, "urn:li:share:1");
            Event<VariantDeleted> deleted = posts.awaitEvent(VariantDeleted.class,
                    e -> e.data().variantId().equals(id), WAIT);
            assertEquals("approver1", deleted.data().by());
            assertEquals("Oferta wycofana przez dział prawny.", deleted.data().reason());
        }
        await().atMost(WAIT).until(() -> "deleted".equals(read(v).getString("status")));
        JsonPath after = read(v);
        assertEquals("Oferta wycofana przez dział prawny.", after.getString("deletion.reason"));
        assertTrue(after.getString("deletion.deletedAt") != null);
        // No repost: a deleted variant is neither corrected nor changed.
        post("editor1", v + "/corrections", Map.of("text", "x", "reason", "y")).then().statusCode(409);
        io.parley.calendar.Fixtures.change("editor1", v, Map.of("scheduledFor",
                io.parley.calendar.Fixtures.later().toString())).then().statusCode(409);
    }
}
