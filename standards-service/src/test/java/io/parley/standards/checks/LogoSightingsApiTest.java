package io.parley.standards.checks;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The logos screen's test image: where the registered logo was found, in pixels, shares and words; nothing kept. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class LogoSightingsApiTest {

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    @BeforeEach
    void theLogoIsRegistered() {
        given().header("Authorization", as("manager1")).contentType("image/png").body(DrawnImages.logoPng())
                .put("/api/v1/brands/acme/logos/acme-logo").then().statusCode(200);
    }

    @Test
    void aLogoDrawnAtTheBottomRightIsFoundThereWithItsShare() {
        // 12 % of the width, its top-left corner at 84 % / 88 %: centre in the bottom-right cell
        io.restassured.path.json.JsonPath found = given().header("Authorization", as("manager1"))
                .contentType("image/jpeg").body(DrawnImages.scene(1080, 1080, 0.12, 0.84, 0.88, 22))
                .post("/api/v1/brands/acme/logo-sightings").then().statusCode(200)
                .body("brand", equalTo("acme")).body("format", equalTo("jpeg"))
                .body("width", equalTo(1080)).body("height", equalTo(1080))
                .body("registered", hasItem("acme-logo"))
                .body("sightings", hasSize(1))
                .body("sightings[0].logoId", equalTo("acme-logo"))
                .body("sightings[0].placement", equalTo("bottom-right"))
                .extract().jsonPath();
        assertEquals(0.12, found.getDouble("sightings[0].widthShare"), 0.02);
        assertEquals(0.84 * 1080, found.getInt("sightings[0].x"), 20);
        assertEquals(0.88 * 1080, found.getInt("sightings[0].y"), 20);
        assertTrue(found.getDouble("sightings[0].score") >= 0.70);
        assertTrue(found.getInt("sightings[0].clearSpacePx") > 0);
    }

    @Test
    void aPhotoWithoutTheLogoHasNoSighting() {
        given().header("Authorization", as("editor1")).contentType("image/jpeg")
                .body(DrawnImages.scene(1080, 1080, 0, 0, 0, 21))
                .post("/api/v1/brands/acme/logo-sightings").then().statusCode(200)
                .body("registered", hasItem("acme-logo")).body("sightings", hasSize(0));
    }

    @Test
    void notAnImageIs415AnEmptyBody400AndAnotherBrand404() {
        given().header("Authorization", as("manager1")).contentType("image/png")
                .body("not an image".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/brands/acme/logo-sightings").then().statusCode(415);
        given().header("Authorization", as("manager1")).contentType("image/png").body(new byte[0])
                .post("/api/v1/brands/acme/logo-sightings").then().statusCode(400);
        given().header("Authorization", as("agent2")).contentType("image/jpeg")
                .body(DrawnImages.scene(400, 400, 0, 0, 0, 3))
                .post("/api/v1/brands/acme/logo-sightings").then().statusCode(404);
    }
}
