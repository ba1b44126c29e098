package io.parley.calendar.publishing;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.LinkClicked;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.publishing.Publishing.awaitRequest;
import static io.parley.calendar.publishing.Publishing.makeDue;
import static io.parley.calendar.publishing.Publishing.scheduled;
import static io.parley.calendar.publishing.Publishing.variantId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published post's link goes out as Parley's tracked redirect: following it counts a click-through for the variant
 * (LinkClicked on parley.posts.v1) and sends the visitor on to the link with the catalogue's UTM parameters; a
 * network drawing the link's preview is sent on without being counted; a code Parley never gave is a 404 problem.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class ClickThroughTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final RestAssuredConfig NO_FOLLOW = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Inject
    EntityManager em;

    @Test
    void aClickOnAPublishedLinkIsCountedForItsVariantAndSentOnWithTheUtmParameters() {
        JsonPath story = scheduled(Neighbours.FACEBOOK, "Zimowa kolekcja już jest ❄",
                Map.of("link", "https://acme.example/zima?kolor=zielony"));
        UUID variant = variantId(story);
        String trackedLink = story.getString("variants[0].trackedLink");
        assertTrue(trackedLink.contains("utm_source=facebook"), trackedLink);
        String published;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            makeDue(em, List.of(variant));
            Event<OutboundActionRequested> request = awaitRequest(outbound, OutboundAction.PUBLISH_POST, variant);
            published = request.data().link();
        }
        String path = URI.create(published).getRawPath();
        assertTrue(path.matches("/api/v1/public/links/[A-Za-z0-9_-]{12}"), published);

        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            // Facebook draws the post's card: sent on, not counted
            given().config(NO_FOLLOW).header("User-Agent",
                            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")
                    .get(path).then().statusCode(302).header("Location", equalTo(trackedLink));
            // a person clicks, twice: no session, each counted, each sent on with the UTM parameters
            for (int i = 0; i < 2; i++) {
                given().config(NO_FOLLOW).header("User-Agent",
                                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36")
                        .get(path).then().statusCode(302).header("Location", equalTo(trackedLink))
                        .header("Cache-Control", equalTo("no-store"));
            }
            Event<LinkClicked> click = posts.awaitEvent(LinkClicked.class,
                    e -> e.data().variantId().equals(variant), WAIT);
            assertEquals("acme", click.brand());
            assertEquals(trackedLink, click.data().target());
            assertEquals(UUID.fromString(story.getString("id")), click.data().storyId());
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> posts.records().stream()
                    .map(r -> io.parley.contracts.EventJson.fromBytes(r.value()))
                    .filter(e -> e.data() instanceof LinkClicked c && c.variantId().equals(variant)).count() == 2);
        }
        Number clicks = (Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT clicks FROM tracked_link WHERE variant_id = ?1")
                        .setParameter(1, variant).getSingleResult());
        assertEquals(2, clicks.intValue(), "two clicks, the preview fetcher not among them");
    }

    @Test
    void aCodeParleyNeverGaveIsNotFound() {
        given().config(NO_FOLLOW).get("/api/v1/public/links/AAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json");
        given().config(NO_FOLLOW).get("/api/v1/public/links/not-a-code").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
