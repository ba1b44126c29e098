package io.parley.inbox.compensation;

import io.parley.contracts.Topics;
import io.parley.contracts.inbox.CompensationApprovalRequested;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.CompensationOffered;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agents offer compensation up to their limit; above it an approver decides; the ledger adds it up. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class CompensationTest {

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    @BeforeEach
    void acmeLimits() {
        as("manager1").contentType(ContentType.JSON).body("""
                {"limits":[{"role":"agent","currency":"EUR","amountMinor":5000},
                 {"role":"manager","currency":"EUR","amountMinor":50000},
                 {"user":"agent1","currency":"PLN","amountMinor":20000}]}""")
                .put("/api/v1/brands/acme/compensation/limits").then().statusCode(200)
                .body("limits.size()", equalTo(3));
    }

    static JsonPath offer(String user, String conversation, String kind, long amountMinor, String currency) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "amountMinor", amountMinor, "currency", currency, "note", "Przepraszamy — "
                        + "paczka się spóźniła 📦"))
                .post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void withinTheLimitTheOfferIsMadeAtOnce() {
        String conversation = arrives("t_" + UUID.randomUUID(), "Paczka spóźniona o tydzień!");
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            JsonPath o = offer("agent1", conversation, "voucher", 5000, "EUR");
            assertEquals("offered", o.getString("status"));
            assertEquals(5000, o.getLong("limitMinor"));
            assertNull(o.get("approvalDueAt"));
            assertEquals("Przepraszamy — paczka się spóźniła 📦", o.getString("note"));
            var event = inbox.awaitEvent(CompensationOffered.class,
                    e -> e.data().offerId().toString().equals(o.getString("id")), WAIT);
            assertEquals(5000, event.data().amountMinor());
            assertEquals("agent1", event.data().offeredBy());
            assertNull(event.data().approvedBy());
        }
        as("agent1").get("/api/v1/conversations/" + conversation + "/compensation").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].customerName", equalTo("Zofia Nowak"));
    }

    @Test
    void aboveTheLimitAnApproverDecidesButNeverTheAgentThemselves() {
        String conversation = arrives("t_" + UUID.randomUUID(), "My parcel was lost.");
        String offerId;
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            Instant before = Instant.now();
            JsonPath o = offer("agent1", conversation, "refund", 12000, "EUR");
            offerId = o.getString("id");
            assertEquals("pending_approval", o.getString("status"));
            // the approval's own response target: two hours (parley.inbox.compensation.approval-target)
            Duration due = Duration.between(before, Instant.parse(o.getString("approvalDueAt")));
            assertTrue(due.compareTo(Duration.ofMinutes(119)) > 0 && due.compareTo(Duration.ofMinutes(121)) < 0,
                    due.toString());
            var requested = inbox.awaitEvent(CompensationApprovalRequested.class,
                    e -> e.data().offerId().toString().equals(offerId), WAIT);
            assertEquals(5000, requested.data().limitMinor());
        }
        // the approver, who does not read the inbox, sees what the customer wrote and where
        JsonPath approvals = as("approver1").get("/api/v1/brands/acme/compensation/approvals").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(offerId)).extract().jsonPath();
        assertEquals("My parcel was lost.",
                approvals.getString("items.find { it.id == '" + offerId + "' }.conversationPreview"));
        assertEquals("Zofia Nowak", approvals.getString("items.find { it.id == '" + offerId + "' }.customerName"));
        assertEquals("facebook", approvals.getString("items.find { it.id == '" + offerId + "' }.platform"));
        // an agent is no approver
        as("agent1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/acme/compensation/offers/" + offerId + "/approve").then().statusCode(403);
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            as("approver1").contentType(ContentType.JSON).body(Map.of("comment", "Zgubiona paczka: zwrot w całości."))
                    .post("/api/v1/brands/acme/compensation/offers/" + offerId + "/approve").then().statusCode(200)
                    .body("status", equalTo("approved")).body("decidedBy", equalTo("approver1"))
                    .body("decisionComment", equalTo("Zgubiona paczka: zwrot w całości."));
            var decided = inbox.awaitEvent(CompensationDecided.class,
                    e -> e.data().offerId().toString().equals(offerId), WAIT);
            assertEquals("approved", decided.data().decision());
            assertTrue(decided.data().withinTarget());
            var offered = inbox.awaitEvent(CompensationOffered.class,
                    e -> e.data().offerId().toString().equals(offerId), WAIT);
            assertEquals("approver1", offered.data().approvedBy());
        }
        as("approver1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/acme/compensation/offers/" + offerId + "/reject").then().statusCode(409)
                .body("type", equalTo("/problems/conflict")).body("detail", containsString("approved"));

        // manager1 is also an approver, but may not approve their own request above their 500 EUR
        String managers = offer("manager1", conversation, "gift", 60000, "EUR").getString("id");
        as("manager1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/acme/compensation/offers/" + managers + "/approve").then().statusCode(403)
                .body("detail", containsString("yourself"));
        as("approver1").contentType(ContentType.JSON).body(Map.of("comment", "Too much for a gift."))
                .post("/api/v1/brands/acme/compensation/offers/" + managers + "/reject").then().statusCode(200)
                .body("status", equalTo("rejected"));
        // within the manager's own limit: no approver needed
        assertEquals("offered", offer("manager1", conversation, "gift", 50000, "EUR").getString("status"));
    }

    @Test
    void aPersonalLimitAndAnotherCurrencyAreKeptApartAndTheLedgerAddsUpPerCurrency() {
        Instant from = Instant.now().minusSeconds(1);
        String conversation = arrives("t_" + UUID.randomUUID(), "Zwrot pieniędzy?");
        assertEquals("offered", offer("agent1", conversation, "refund", 20000, "PLN").getString("status"));
        assertEquals("pending_approval", offer("agent1", conversation, "refund", 20001, "PLN").getString("status"));
        String rejected = offer("agent1", conversation, "voucher", 30000, "PLN").getString("id");
        as("approver1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/acme/compensation/offers/" + rejected + "/reject").then().statusCode(200);
        // no limit at all in CHF: every offer needs an approver
        assertEquals("pending_approval", offer("agent1", conversation, "voucher", 100, "CHF").getString("status"));
        // zero-decimal currency: minor units are yen
        offer("manager1", conversation, "gift", 1000, "JPY");

        JsonPath ledger = as("manager1").queryParam("from", from.toString())
                .get("/api/v1/brands/acme/compensation/ledger").then().statusCode(200).extract().jsonPath();
        Map<String, Object> pln = ledger.getMap("totals.find { it.currency == 'PLN' }");
        assertEquals(20000, ((Number) pln.get("grantedMinor")).longValue());
        assertEquals(20001, ((Number) pln.get("pendingMinor")).longValue());
        assertEquals(30000, ((Number) pln.get("rejectedMinor")).longValue());
        assertEquals(3, ((Number) pln.get("offers")).longValue());
        assertTrue(ledger.getList("items.conversationId").contains(conversation));
        assertEquals("Zofia Nowak", ledger.getString("items.find { it.currency == 'PLN' }.customerName"));
        assertEquals("Zwrot pieniędzy?",
                ledger.getString("items.find { it.currency == 'PLN' }.conversationPreview"));
        as("manager1").queryParam("from", from.toString()).queryParam("status", "rejected")
                .get("/api/v1/brands/acme/compensation/ledger").then().statusCode(200)
                .body("items.status.unique()", equalTo(List.of("rejected")));
    }

    @Test
    void badMoneyIsA422NamingEachField() {
        String conversation = arrives("t_" + UUID.randomUUID(), "Где мои деньги?");
        as("agent1").contentType(ContentType.JSON).body(Map.of("kind", "voucher", "amountMinor", -5, "currency",
                        "EURO")).post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable"))
                .body("errors.field", containsInAnyOrder("amountMinor", "currency"));
        as("agent1").contentType(ContentType.JSON).body(Map.of("kind", "cash", "amountMinor", 0, "currency", "eur"))
                .post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(422).body("errors.field", containsInAnyOrder("kind", "amountMinor", "currency"))
                .body("detail", containsString("upper case: EUR"));
        as("agent1").contentType(ContentType.JSON).body(Map.of("kind", "gift", "currency", "XAU"))
                .post("/api/v1/conversations/" + conversation + "/compensation")
                .then().statusCode(422).body("errors.field", containsInAnyOrder("amountMinor", "currency"));
        as("agent1").contentType(ContentType.JSON).body("{\"kind\":\"gift\",\"amountMinor\":12.5,\"currency\":\"EUR\"}")
                .post("/api/v1/conversations/" + conversation + "/compensation").then().statusCode(422)
                .body("errors[0].message", containsString("whole number"));
        as("manager1").contentType(ContentType.JSON).body("""
                {"limits":[{"role":"intern","currency":"EUR","amountMinor":100},
                 {"role":"agent","user":"agent1","currency":"PLN","amountMinor":100},
                 {"role":"agent","currency":"EUR","amountMinor":-1}]}""")
                .put("/api/v1/brands/acme/compensation/limits").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("limits[0].role", "limits[1]", "limits[2].amountMinor"));
        as("agent1").get("/api/v1/brands/acme/compensation/limits").then().statusCode(200)
                .body("limits.size()", equalTo(3)); // the bad table changed nothing
    }

    @Test
    void anotherBrandsConversationsAndLedgerAreNotFoundAndAgentsDoNotSetLimits() {
        String conversation = arrives("t_" + UUID.randomUUID(), "Where is my refund?");
        as("agent2").contentType(ContentType.JSON).body(Map.of("kind", "voucher", "amountMinor", 100, "currency",
                "EUR")).post("/api/v1/conversations/" + conversation + "/compensation").then().statusCode(404);
        as("agent2").get("/api/v1/brands/acme/compensation/ledger").then().statusCode(404);
        as("agent1").contentType(ContentType.JSON).body("{\"limits\":[]}")
                .put("/api/v1/brands/acme/compensation/limits").then().statusCode(403);
        String offer = offer("agent1", conversation, "refund", 9000, "EUR").getString("id");
        as("admin1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/globex/compensation/offers/" + offer + "/approve").then().statusCode(404);
        given().get("/api/v1/brands/acme/compensation/ledger").then().statusCode(401);
    }

    @Test
    void theLedgerWindowIsBoundedAndItsInstantsToo() {
        // Issue 18: year -999999999 answered 500 from PostgreSQL, and any window was taken.
        as("approver1").queryParam("from", "-999999999-01-01T00:00:00Z").get("/api/v1/brands/acme/compensation/ledger")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("from"))
                .body("detail", equalTo("from: is out of range: years 1 to 9999 only"));
        as("approver1").queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/brands/acme/compensation/ledger")
                .then().statusCode(400).body("errors[0].field", equalTo("from"))
                .body("detail", equalTo("from: the window from from to to may span at most 366 days"));
        as("approver1").queryParam("limit", "abc").get("/api/v1/brands/acme/compensation/ledger")
                .then().statusCode(400).body("detail", equalTo("limit: must be a whole number from 1 to 200"));
    }

    @Test
    void anApproverDecidesSeeingTheThreadTheDraftAndTheCustomersHistoryAndTheTrailKeepsItAll() {
        // the customer wrote before, and was given a voucher there
        String earlier = arrives("t_" + UUID.randomUUID(), "Kurier nie przyszedł wczoraj.");
        String voucher = offer("agent1", earlier, "voucher", 1000, "EUR").getString("id");
        String conversation = arrives("t_" + UUID.randomUUID(), "Paczka zaginęła, a to był prezent dla mamy 😢");
        io.parley.inbox.InboxScenarios.agentReplies(conversation, "Bardzo przepraszamy, sprawdzamy to!");
        String draft = "Zwracamy całą kwotę — pieniądze wrócą na kartę w 3 dni 💳";
        String offerId = as("agent1").contentType(ContentType.JSON).body(Map.of("kind", "refund", "amountMinor",
                        12000, "currency", "EUR", "note", "Zgubiona paczka", "reply", draft))
                .post("/api/v1/conversations/" + conversation + "/compensation").then().statusCode(201)
                .body("status", equalTo("pending_approval")).body("draftReply", equalTo(draft))
                .extract().path("id");

        // the approver, who does not read the inbox, reads the whole thread, the draft and the history here
        JsonPath context = as("approver1").get("/api/v1/brands/acme/compensation/offers/" + offerId + "/context")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(offerId, context.getString("offer.id"));
        assertEquals("agent1", context.getString("offer.offeredBy"));
        assertEquals(draft, context.getString("offer.draftReply"));
        assertEquals(7000, context.getLong("overLimitMinor"), "120 EUR against agent1's 50 EUR");
        assertEquals(List.of("Paczka zaginęła, a to był prezent dla mamy 😢"),
                context.getList("conversation.interactions.text"));
        assertEquals(List.of("Bardzo przepraszamy, sprawdzamy to!"), context.getList("conversation.replies.text"));
        assertTrue(context.getInt("customer.conversations") >= 1, "the earlier conversation is counted");
        assertEquals(earlier, context.getString("customer.recent[0].id"), "the latest other conversation first");
        assertEquals("Kurier nie przyszedł wczoraj.", context.getString("customer.recent[0].preview"));
        assertTrue(context.getList("customer.compensation.id").contains(voucher), "the earlier voucher is shown");
        assertTrue(!context.getList("customer.compensation.id").contains(offerId), "not the request itself");
        // another brand's people never see it
        as("agent2").get("/api/v1/brands/acme/compensation/offers/" + offerId + "/context").then().statusCode(404);
        as("agent2").get("/api/v1/brands/globex/compensation/offers/" + offerId + "/context").then().statusCode(404);

        as("approver1").contentType(ContentType.JSON).body(Map.of("comment", "Zgubiona paczka — zwrot w całości."))
                .post("/api/v1/brands/acme/compensation/offers/" + offerId + "/approve").then().statusCode(200);

        // the conversation's own audit trail (the one the conversation view shows) keeps the request and the decision
        JsonPath trail = as("agent1").get("/api/v1/conversations/" + conversation + "/audit").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> requested = trail.getMap("items.find { it.action == 'compensation_requested' }");
        assertEquals("agent1", requested.get("actor"));
        Map<?, ?> asked = (Map<?, ?>) requested.get("details");
        assertEquals(offerId, asked.get("offerId"));
        assertEquals(12000, ((Number) asked.get("amountMinor")).intValue());
        assertEquals("EUR", asked.get("currency"));
        assertEquals(5000, ((Number) asked.get("limitMinor")).intValue());
        Map<String, Object> approved = trail.getMap("items.find { it.action == 'compensation_approved' }");
        assertEquals("approver1", approved.get("actor"));
        Map<?, ?> decision = (Map<?, ?>) approved.get("details");
        assertEquals("Zgubiona paczka — zwrot w całości.", decision.get("reason"));
        assertEquals("agent1", decision.get("askedBy"));
        assertEquals(offerId, decision.get("offerId"));
        // and the voucher within the limit is in its own conversation's trail
        assertEquals(List.of("compensation_offered"), as("agent1").get("/api/v1/conversations/" + earlier + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.action.startsWith('compensation') }"
                        + ".action"));
    }

    @Test
    void aRejectionKeepsItsReasonInTheTrailAndATooLongDraftIsRefused() {
        String conversation = arrives("t_" + UUID.randomUUID(), "Chcę zwrot za wszystko!");
        as("agent1").contentType(ContentType.JSON).body(Map.of("kind", "refund", "amountMinor", 9000, "currency",
                        "EUR", "reply", "x".repeat(2001)))
                .post("/api/v1/conversations/" + conversation + "/compensation").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("reply"));
        String offerId = offer("agent1", conversation, "refund", 9000, "EUR").getString("id");
        as("approver1").get("/api/v1/brands/acme/compensation/offers/" + offerId + "/context").then()
                .statusCode(200).body("offer.draftReply", org.hamcrest.Matchers.nullValue());
        as("approver1").contentType(ContentType.JSON).body(Map.of("comment", "Wystarczy bon."))
                .post("/api/v1/brands/acme/compensation/offers/" + offerId + "/reject").then().statusCode(200);
        Map<String, Object> rejected = as("agent1").get("/api/v1/conversations/" + conversation + "/audit").then()
                .statusCode(200).extract().jsonPath().getMap("items.find { it.action == 'compensation_rejected' }");
        assertEquals("approver1", rejected.get("actor"));
        assertEquals("Wystarczy bon.", ((Map<?, ?>) rejected.get("details")).get("reason"));
    }
}
