package io.parley.inbox.complaints;

import io.parley.contracts.Topics;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.AuthorityScenarios.complaint;
import static io.parley.inbox.InboxScenarios.WAIT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A settled complaint goes into the library; the next agent finds it, in the customer's language. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class ComplaintLibraryTest {

    /** A made-up word unique to this run, so that cases of earlier runs in the same database do not compete. */
    static String marker() {
        StringBuilder s = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    static JsonPath resolve(String conversation, String category, String problem, String settlement) {
        return as("agent1").contentType(ContentType.JSON)
                .body(Map.of("category", category, "problem", problem, "settlement", settlement))
                .post("/api/v1/conversations/" + conversation + "/complaint-case")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aNewPolishComplaintIsShownTheSettledCaseOfTheSameProblemInOtherWords() {
        String m = marker();
        String lost = complaint("t_" + UUID.randomUUID(), "Moja przesyłka zaginęła, kurier jej nie dostarczył " + m, "pl");
        String refund = complaint("t_" + UUID.randomUUID(), "Chcę zwrotu pieniędzy za zepsuty sweter " + m, "pl");
        String lostCase;
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            lostCase = resolve(lost, "dostawa", "Zaginiona przesyłka u kuriera",
                    "Wysłaliśmy nową paczkę ekspresem i bon 25 EUR.").getString("id");
            // Announced for the meaningful contacts (analytics).
            var settled = inbox.awaitEvent(io.parley.contracts.inbox.ComplaintSettled.class,
                    e -> e.data().conversationId().toString().equals(lost), WAIT);
            assertEquals(List.of(lostCase, "dostawa", "agent1"), List.of(settled.data().caseId().toString(),
                    settled.data().category(), settled.data().settledBy()));
        }
        resolve(refund, "zwroty", "Zepsuty sweter", "Zwrot pieniędzy na kartę.");

        String fresh = complaint("t_" + UUID.randomUUID(), "Nie mam przesyłki od tygodnia, gdzie jest kurier? " + m,
                "pl");
        JsonPath similar = as("agent1").get("/api/v1/conversations/" + fresh + "/similar-cases")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(lostCase, similar.getString("items[0].complaintCase.id"));
        assertEquals("Wysłaliśmy nową paczkę ekspresem i bon 25 EUR.",
                similar.getString("items[0].complaintCase.settlement"));
        List<String> matching = similar.getList("items[0].matchingTerms");
        assertTrue(matching.contains("przesyłki") && matching.contains("kurier"), matching.toString());
        double first = similar.getDouble("items[0].score");
        assertTrue(first > 0 && first <= 1, "score " + first);
        if (similar.getList("items").size() > 1) {
            assertTrue(first >= similar.getDouble("items[1].score"));
        }
        // a conversation is not its own similar case
        as("agent1").get("/api/v1/conversations/" + lost + "/similar-cases").then().statusCode(200)
                .body("items.complaintCase.conversationId", org.hamcrest.Matchers.not(hasItem(lost)));
    }

    @Test
    void theLibraryIsSearchedInRussianAndGreekByInflectedForms() {
        String m = marker();
        String ru = complaint("t_" + UUID.randomUUID(), "Посылка не пришла, курьер потерял её " + m, "ru");
        String ruCase = resolve(ru, "доставка", "Курьер потерял посылку", "Отправили новую посылку бесплатно")
                .getString("id");
        String el = complaint("t_" + UUID.randomUUID(), "Θέλω επιστροφή χρημάτων, το προϊόν έφτασε σπασμένο " + m, "el");
        String elCase = resolve(el, "ζημιά", "Σπασμένο προϊόν, ζητά επιστροφή", "Επιστροφή χρημάτων στην κάρτα")
                .getString("id");

        as("agent1").queryParam("q", "где моя посылка " + m).queryParam("lang", "ru")
                .get("/api/v1/brands/acme/complaints").then().statusCode(200)
                .body("items[0].complaintCase.id", equalTo(ruCase))
                .body("items[0].matchingTerms", hasItem("посылка"));
        as("agent1").queryParam("q", "καθυστέρηση της επιστροφής " + m)
                .get("/api/v1/brands/acme/complaints").then().statusCode(200)
                .body("items[0].complaintCase.id", equalTo(elCase))
                .body("items[0].matchingTerms", hasItem("επιστροφησ"));
        as("agent1").queryParam("category", "ζημιά").get("/api/v1/brands/acme/complaints").then().statusCode(200)
                .body("items.complaintCase.id", hasItem(elCase));
        as("agent1").get("/api/v1/conversations/" + ru + "/complaint-case").then().statusCode(200)
                .body("problem", equalTo("Курьер потерял посылку"));
    }

    @Test
    void badRequestsAreNamedAndAnotherBrandSeesNothing() {
        String c = complaint("t_" + UUID.randomUUID(), "Zamówienie nie przyszło", "pl");
        as("agent1").contentType(ContentType.JSON).body(Map.of("category", "x", "problem", " ", "settlement", "y"))
                .post("/api/v1/conversations/" + c + "/complaint-case").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"));
        as("agent1").contentType(ContentType.JSON).body(Map.of("category", "x", "problem", "p", "settlement", "s",
                        "compensationOfferId", UUID.randomUUID().toString()))
                .post("/api/v1/conversations/" + c + "/complaint-case").then().statusCode(422)
                .body("errors[0].field", equalTo("compensationOfferId"));
        resolve(c, "dostawa", "Nie przyszło", "Wysłane ponownie");
        as("agent1").contentType(ContentType.JSON).body(Map.of("category", "x", "problem", "p", "settlement", "s"))
                .post("/api/v1/conversations/" + c + "/complaint-case").then().statusCode(409)
                .body("detail", containsString("already in the library"));
        as("agent2").get("/api/v1/conversations/" + c + "/similar-cases").then().statusCode(404);
        as("agent2").queryParam("q", "przesyłka").get("/api/v1/brands/acme/complaints").then().statusCode(404);
        as("agent1").queryParam("lang", "de").queryParam("q", "Paket")
                .get("/api/v1/brands/acme/complaints").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        as("agent1").get("/api/v1/conversations/" + c + "/similar-cases?limit=0").then().statusCode(400);
    }
}
