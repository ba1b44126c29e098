package io.parley.calendar.publishing;

import io.parley.calendar.Fixtures;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.parley.calendar.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;

/** Steps of the publishing scenarios: a variant made due, the gateway's requests and reports played by the test. */
final class Publishing {

    static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Where the tests' gateway reports go: the calendar's deliveries channel reads a topic of its own in tests (other
     * services' tests on the same broker run a real gateway that would answer the calendar's requests too).
     */
    static final String REPORTS = GatewayReportsTopic.TOPIC;

    private Publishing() {
    }

    /** A variant of one story, scheduled (low risk: approved at once on submit); returns the story. */
    static JsonPath scheduled(String account, String text, Map<String, Object> extra) {
        Map<String, Object> v = with(variant(account, text), "riskLevel", "low");
        v.putAll(extra);
        JsonPath story = oneVariant(v);
        submit("editor1", variantPath(story, 0)).then().statusCode(200).body("status", equalTo("scheduled"));
        return story;
    }

    /** A variant of normal risk, approved by approver1 through the Marketing step, then published (delivered). */
    static JsonPath published(EntityManager em, String account, String text, String postId) {
        JsonPath story = oneVariant(variant(account, text));
        String v = variantPath(story, 0);
        submit("editor1", v).then().statusCode(200).body("status", equalTo("in_review"));
        io.parley.calendar.Fixtures.decide("approver1", v, "approve", "OK").then().statusCode(200)
                .body("status", equalTo("scheduled"));
        UUID id = variantId(story);
        try (EventTail outbound = EventTail.open(io.parley.contracts.Topics.OUTBOUND)) {
            makeDue(em, List.of(id));
            delivered(awaitRequest(outbound, OutboundAction.PUBLISH_POST, id), postId);
        }
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "published".equals(read(v).getString("status")));
        return story;
    }

    static UUID variantId(JsonPath story) {
        return UUID.fromString(story.getString("variants[0].id"));
    }

    /** Makes the variants due now: their time moves a minute into the past, as if it had come. */
    static void makeDue(EntityManager em, Collection<UUID> variants) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE variant SET scheduled_for = now() - interval '1 minute' WHERE id IN (:ids)")
                .setParameter("ids", variants).executeUpdate());
    }

    static Event<OutboundActionRequested> awaitRequest(EventTail outbound, OutboundAction action, UUID variant) {
        return outbound.awaitEvent(OutboundActionRequested.class, e -> e.data().action() == action
                && e.data().origin() != null && e.data().origin().contains("/variant/" + variant + "/"), WAIT);
    }

    /** The gateway's report on an action, as ingest-service sends it. */
    static void report(Event<OutboundActionRequested> request, DeliveryOutcome outcome, int attempt,
            String objectId, FailureKind failure, String reason, Instant retryAt) {
        OutboundActionRequested a = request.data();
        String permalink = objectId == null ? null : "https://sandbox.parley.local/" + a.platform().id() + "/"
                + objectId;
        TestEvents.sendRaw(REPORTS, a.actionId().toString(), EventJson.toBytes(Event.of(UUID.randomUUID(),
                "ingest-service", request.brand(), a.actionId().toString(), Instant.now(), Instant.now(),
                new DeliveryReported(a.actionId(), a.action(), a.platform(), outcome, objectId, reason, true,
                        a.origin(), Instant.now(), permalink, failure, retryAt, attempt))));
    }

    static void delivered(Event<OutboundActionRequested> request, String objectId) {
        report(request, DeliveryOutcome.DELIVERED, 1, objectId, null, null, null);
    }

    static String path(JsonPath story) {
        return variantPath(story, 0);
    }

    static JsonPath read(String path) {
        return Fixtures.read("editor1", path);
    }

    static Platform platform(String id) {
        return Platform.fromId(id);
    }

    static List<UUID> ids(List<JsonPath> stories) {
        return stories.stream().map(Publishing::variantId).toList();
    }
}
