package io.parley.calendar.publishing;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.publishing.Publishing.awaitRequest;
import static io.parley.calendar.publishing.Publishing.makeDue;
import static io.parley.calendar.publishing.Publishing.scheduled;
import static io.parley.calendar.publishing.Publishing.variantId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A post's images reach the platform by a signed, expiring link, without a session; anything else is 403. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class SignedMediaTest {

    @Inject
    EntityManager em;

    @Inject
    SignedMediaLinks links;

    @Inject
    PublicMediaConfig config;

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static String upload(byte[] png) {
        return given().header("Authorization", as("editor1")).contentType("image/png").body(png)
                .queryParam("licence", "own").post("/api/v1/brands/acme/media").then().statusCode(201)
                .extract().path("id");
    }

    /** The link's path and query, asked of this test's server. */
    static io.restassured.response.Response fetch(String url) {
        URI u = URI.create(url);
        return given().urlEncodingEnabled(false).get(u.getRawPath() + "?" + u.getRawQuery());
    }

    @Test
    void thePublishRequestCarriesSignedLinksThePlatformFetchesWithoutASession() throws IOException {
        byte[] image = png();
        String mediaId = upload(image);
        JsonPath story = scheduled(Neighbours.INSTAGRAM, "Zimowa kolekcja ❄", Map.of("media", List.of(mediaId)));
        UUID id = variantId(story);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            makeDue(em, List.of(id));
            Event<OutboundActionRequested> request = awaitRequest(outbound, OutboundAction.PUBLISH_POST, id);
            assertEquals(1, request.data().media().size());
            var media = request.data().media().get(0);
            assertEquals(mediaId, media.mediaId());
            assertEquals("image/png", media.contentType());
            assertTrue(media.url().startsWith(config.baseUrl() + "/api/v1/public/media/" + mediaId + "?expires="),
                    media.url());
            byte[] fetched = fetch(media.url()).then().statusCode(200).contentType("image/png").extract().asByteArray();
            assertArrayEquals(image, fetched);
        }
    }

    @Test
    void aTamperedExpiredOrMissingSignatureIs403() throws IOException {
        UUID mediaId = UUID.fromString(upload(png()));
        UUID other = UUID.fromString(upload(png()));
        String link = links.link(mediaId);
        fetch(link).then().statusCode(200);
        URI u = URI.create(link);
        String query = u.getRawQuery();
        String sig = query.substring(query.indexOf("sig=") + 4);
        long expires = Long.parseLong(query.substring(query.indexOf("expires=") + 8, query.indexOf('&')));
        String flipped = (sig.charAt(0) == 'a' ? 'b' : 'a') + sig.substring(1);
        given().get("/api/v1/public/media/" + mediaId + "?expires=" + expires + "&sig=" + flipped).then()
                .statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().get("/api/v1/public/media/" + mediaId + "?expires=" + (expires + 3600) + "&sig=" + sig).then()
                .statusCode(403); // a longer life is not the signed one
        given().get("/api/v1/public/media/" + other + "?expires=" + expires + "&sig=" + sig).then()
                .statusCode(403); // another image is not the signed one
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        String expired = new MediaSignatures(config.secret()).sign(mediaId, past);
        given().get("/api/v1/public/media/" + mediaId + "?expires=" + past + "&sig=" + expired).then()
                .statusCode(403).body("detail", equalTo("the link expired"));
        given().get("/api/v1/public/media/" + mediaId).then().statusCode(403);
        given().get("/api/v1/public/media/" + mediaId + "?expires=soon&sig=" + sig).then().statusCode(403);
        // The signed link is the only way in without a session: the brand's own media path still needs a token.
        given().get("/api/v1/brands/acme/media/" + mediaId).then().statusCode(401);
    }
}
