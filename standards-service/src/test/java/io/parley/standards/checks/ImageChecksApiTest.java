package io.parley.standards.checks;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A manager registers the brand's logo; a post image without it is blocked on Instagram, with it passes. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class ImageChecksApiTest {

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    @BeforeEach
    void theTestCatalogueIsInForceAndTheLogoRegistered() {
        given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("comment", "image checks test", "catalogue", TestCatalogues.document()))
                .put("/api/v1/brands/acme/standards").then().statusCode(200);
        given().header("Authorization", as("manager1")).contentType("image/png").body(DrawnImages.logoPng())
                .put("/api/v1/brands/acme/logos/acme-logo").then().statusCode(200)
                .body("width", equalTo(DrawnImages.LOGO_W)).body("height", equalTo(DrawnImages.LOGO_H))
                .body("uploadedBy", equalTo("manager1"));
    }

    private static Map<String, Object> post(String channel, byte[] image) {
        return Map.of("kind", "post", "channel", channel, "text", "Nowa kolekcja ❄",
                "images", List.of(Map.of("bytes", Base64.getEncoder().encodeToString(image),
                        "licence", Map.of("type", "own"))));
    }

    @Test
    void anInstagramPhotoWithoutTheLogoIsBlockedAndWithItIsNot() {
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(post("instagram", DrawnImages.scene(1080, 1080, 0, 0, 0, 21)))
                .post("/api/v1/brands/acme/checks").then().statusCode(200)
                .body("verdict", equalTo("block"))
                .body("findings.find { it.ruleId == 'logo.missing' }.section", equalTo(7))
                .body("findings.find { it.ruleId == 'logo.missing' }.imageIndex", equalTo(0))
                .body("findings.find { it.ruleId == 'logo.missing' }.messageKey", equalTo("logo.missing"))
                .body("findings.find { it.ruleId == 'logo.missing' }.params.image", equalTo("1"))
                .body("findings.find { it.ruleId == 'logo.missing' }.params.channel", equalTo("instagram"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(post("instagram", DrawnImages.scene(1080, 1080, 0.12, 0.84, 0.88, 22)))
                .post("/api/v1/brands/acme/checks").then().statusCode(200)
                .body("findings.ruleId", not(hasItem("logo.missing")));
    }

    @Test
    void bytesThatLookLikeAJpegButAreNotAnImageAre415() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON).body(post("instagram", fake))
                .post("/api/v1/brands/acme/checks").then().statusCode(415)
                .body("detail", org.hamcrest.Matchers.startsWith("images[0] cannot be read as an image"));
    }

    @Test
    void logosAreValidatedListedAndKeptToTheirBrand() {
        given().header("Authorization", as("manager1")).contentType("image/png")
                .body("not an image".getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/brands/acme/logos/other").then().statusCode(415);
        java.awt.image.BufferedImage flat = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(flat, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        given().header("Authorization", as("manager1")).contentType("image/png").body(png.toByteArray())
                .put("/api/v1/brands/acme/logos/flat").then().statusCode(422);
        given().header("Authorization", as("manager1")).contentType("image/png").body(DrawnImages.logoPng())
                .put("/api/v1/brands/acme/logos/Bad_Id").then().statusCode(400);
        given().header("Authorization", as("agent1")).get("/api/v1/brands/acme/logos").then().statusCode(200)
                .body("items.logoId", hasItem("acme-logo"));
        given().header("Authorization", as("agent1")).get("/api/v1/brands/acme/logos/acme-logo").then()
                .statusCode(200).contentType("image/png");
        given().header("Authorization", as("agent1")).contentType("image/png").body(DrawnImages.logoPng())
                .put("/api/v1/brands/acme/logos/acme-logo").then().statusCode(403);
        given().header("Authorization", as("agent2")).get("/api/v1/brands/acme/logos").then().statusCode(404);
    }

    /** A post variant as the calendar sends it: text, a link, and its media with their licences and bytes. */
    @Test
    void aPostVariantIsCheckedWhole() {
        // As calendar-service sends a variant's image: its bytes and its media licence as stored (ADR 8: nothing
        // else; the media's id, type and size are not part of a draft and would be refused).
        Map<String, Object> wideWithoutLogo = Map.of("bytes", Base64.getEncoder().encodeToString(DrawnImages.scene(2000, 500, 0, 0, 0, 31)),
                "licence", Map.of("licence", "cc-by", "source", "flickr.com", "expiresAt", "2026-11-30T00:00:00Z"));
        Map<String, Object> squareWithLogo = Map.of(
                "bytes", Base64.getEncoder().encodeToString(DrawnImages.scene(1080, 1080, 0.12, 0.84, 0.88, 32)),
                "licence", Map.of("licence", "own", "author", "Acme studio"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "post", "channel", "instagram",
                        "text", "Darmowa dostawa ❄ https://acme.example/zima",
                        "links", List.of(), "scheduledFor", "2026-12-01T09:00:00Z",
                        "images", List.of(wideWithoutLogo, squareWithLogo)))
                .post("/api/v1/brands/acme/checks").then().statusCode(200)
                .body("verdict", equalTo("block"))
                .body("findings.findAll { it.imageIndex == null }.ruleId", equalTo(List.of("no-darmowy",
                        "links.utm-missing")))
                .body("findings.findAll { it.imageIndex == 0 }.ruleId", equalTo(List.of("image.aspect-ratio",
                        "photos.attribution-missing", "photos.licence-expired", "logo.missing")))
                .body("findings.findAll { it.imageIndex == 0 && it.severity == 'block' }.size()", equalTo(4))
                .body("findings.findAll { it.imageIndex == 1 && it.severity == 'block' }", equalTo(List.of()));
    }
}
