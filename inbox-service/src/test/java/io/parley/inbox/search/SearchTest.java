package io.parley.inbox.search;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.acme;
import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.AnsweringScenarios.listed;
import static io.parley.inbox.InboxScenarios.customerWritesAgain;
import static io.parley.inbox.InboxScenarios.WAIT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search in what customers wrote, per language, in inflected forms. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class SearchTest {

    @ParameterizedTest(name = "{0}: \"{2}\" finds \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "pl | Gdzie jest moje zamówienie? Czekam od tygodnia. | zamówienia | reklamacja",
            "pl | Nie dostałam zwrotu pieniędzy za buty | zwrot | zamówienia",
            "en | My orders never arrived and nobody answers | order arriving | refund",
            "el | Πού είναι η παραγγελία μου; Περιμένω μια εβδομάδα | παραγγελίες | επιστροφή",
            "ru | Где мой заказ? Жду уже неделю | заказа | возврат",
            "ru | Верните деньги за сломанные наушники | наушников деньгами | заказа"})
    void aWordFindsTheConversationInAnyOfItsForms(String language, String text, String query, String unrelated) {
        // A word unique to this run keeps other tests' conversations out of the assertions.
        String marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = arrives(acme("t_" + UUID.randomUUID(), text + " " + marker));
        assertTrue(listed(Map.of("q", query)).contains(id), language + ": '" + query + "' should find: " + text);
        assertEquals(List.of(id), listed(Map.of("q", query + " " + marker)), "every word must match");
        assertFalse(listed(Map.of("q", unrelated + " " + marker)).contains(id), "'" + unrelated + "' is not in it");
    }

    @Test
    void laterMessagesOfTheConversationAreSearchedTooAndNumbersAsWritten() {
        String thread = "t_" + UUID.randomUUID();
        String marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = arrives(acme(thread, "Dzień dobry " + marker));
        customerWritesAgain(thread, thread + "_2", "Numer zamówienia: 88412-PL, wciąż nic");
        await().atMost(WAIT).until(() -> listed(Map.of("q", "88412-pl " + marker)).contains(id));
        assertTrue(listed(Map.of("q", "zamówienie " + marker)).contains(id));
    }

    @Test
    void aSearchPagesThroughAllItsMatchesInDueOrderWhetherAPageIsNearOrFar() {
        // Seven matches: the first pages are found walking the queue in due order, the last (one match left
        // after the cursor) by collecting the conversations that carry the word; no match is lost or repeated.
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(arrives(acme("t_" + UUID.randomUUID(), "Zamówienie " + i + " — " + marker + " ❤")));
        }
        List<String> found = new java.util.ArrayList<>();
        List<Integer> pages = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = io.restassured.RestAssured.given()
                    .header("Authorization", io.parley.inbox.AnsweringScenarios.bearer("agent1"))
                    .queryParam("q", marker).queryParam("status", "new,open").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/conversations").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            pages.add(items.size());
            found.addAll(items);
            cursor = page.getString("nextCursor");
        } while (cursor != null && pages.size() < 10);
        assertEquals(ids, found, "every match once, in due order (they arrived in this order)");
        assertEquals(List.of(3, 3, 1), pages);
    }

    @Test
    void theQueryIsSafeAgainstTsqueryOperators() {
        // Operators and quotes are words to look for, not syntax: no 500, just no match.
        for (String q : List.of("a & b | !c", "it's", "back\\slash", "(unbalanced", "x:* <-> y")) {
            listed(Map.of("q", q));
        }
        // Only operators: nothing to search for, a precise 400.
        io.restassured.RestAssured.given().header("Authorization", io.parley.inbox.AnsweringScenarios.bearer("agent1"))
                .queryParam("q", "<-> ':*").get("/api/v1/conversations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
    }
}
