package io.parley.standards.checks;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** An editor or agent asks whether a draft keeps the brand's standards, and is told exactly where it does not. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class ChecksTest {

    private static final String CHECKS = "/api/v1/brands/acme/checks";

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    private long version;

    @BeforeEach
    void theTestCatalogueIsInForce() {
        version = given().header("Authorization", as("manager1")).contentType(ContentType.JSON)
                .body(Map.of("comment", "checks test", "catalogue", TestCatalogues.document()))
                .put("/api/v1/brands/acme/standards").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void aReplyIsCheckedAgainstTheCatalogueInForce() {
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "reply", "channel", "facebook",
                        "text", "Przepraszamy 🙏 darmowa wymiana: napiszcie na help@acme.example"))
                .post(CHECKS).then().statusCode(200)
                .body("brand", equalTo("acme"))
                .body("catalogueVersion", equalTo((int) version))
                .body("verdict", equalTo("block"))
                .body("findings.ruleId", equalTo(List.of("no-darmowy", "public-reply.email")))
                .body("findings[0].span.start", equalTo(15))
                .body("findings[0].span.end", equalTo(22))
                .body("findings[0].span.text", equalTo("darmowa"))
                .body("findings[0].section", equalTo(4))
                .body("findings[0].severity", equalTo("block"))
                .body("findings[0].why", equalTo("Nic nie jest darmowe."))
                .body("findings[1].span.text", equalTo("help@acme.example"))
                .body("findings[1].severity", equalTo("warn"));
    }

    @Test
    void aCleanPostPassesAndImagesWithBytesAreAccepted() {
        // A real photo (the pixels are analysed too); Facebook does not require the logo in the test catalogue.
        String png = Base64.getEncoder().encodeToString(DrawnImages.scene(1200, 900, 0, 0, 0, 5));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "post", "channel", "facebook", "text", "Winter is here ❄",
                        "images", List.of(Map.of("licence", Map.of("type", "own"), "bytes", png))))
                .post(CHECKS).then().statusCode(200)
                .body("verdict", equalTo("pass")).body("findings", equalTo(List.of()));
    }

    @Test
    void anImageThatIsNotAJpegPngOrWebpIs415AndOneTooLargeIs413() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.7 not an image".getBytes());
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "post", "channel", "facebook", "text", "x",
                        "images", List.of(Map.of("licence", Map.of("type", "own"), "bytes", pdf))))
                .post(CHECKS).then().statusCode(415).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("images[0] is not a JPEG, PNG or WebP image"));
        byte[] large = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy(ImageBytesTest.JPEG, 0, large, 0, ImageBytesTest.JPEG.length);
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "post", "channel", "facebook", "text", "x",
                        "images", List.of(Map.of("licence", Map.of("type", "own"),
                                "bytes", Base64.getEncoder().encodeToString(large)))))
                .post(CHECKS).then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("images[0] is 8388609 bytes; at most 8388608 are checked"));
    }

    @Test
    void aDraftWithoutKindOrWithAnUnknownChannelIs400() {
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON)
                .body(Map.of("channel", "myspace", "text", "hi")).post(CHECKS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind", "channel")));
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON)
                .body(Map.of("kind", "tweet", "channel", "x")).post(CHECKS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anotherBrandsDraftsAreNotChecked() {
        given().header("Authorization", as("agent2")).contentType(ContentType.JSON)
                .body(Map.of("kind", "post", "channel", "facebook", "text", "hi")).post(CHECKS).then()
                .statusCode(404).body("detail", equalTo("brand 'acme' does not exist"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "post", "channel", "facebook")).post(CHECKS)
                .then().statusCode(401);
    }
}
