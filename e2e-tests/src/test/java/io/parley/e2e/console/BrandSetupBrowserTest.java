package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Brand setup in headless Chromium against the started stack: manager1 adds a listening rule, turns auto-hide on,
 * registers a logo and tests an image on which the logo sits at the bottom right; the services hold exactly that
 * (the rule in ingest, the rule's switch in inbox, the logo in standards, each recorded as manager1's).
 */
@ExtendWith(RunningStack.class)
class BrandSetupBrowserTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private final String ruleName = "Zwroty ✦ " + suffix;
    private final String logoId = "e2e-logo-" + suffix;

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerAddsAListeningRuleTurnsOnAutoHideRegistersALogoAndTestsAnImage() throws Exception {
        autoHide(false);
        Path folder = Files.createTempDirectory("parley-brand-setup");
        Path logo = folder.resolve("acme-logo.png");
        Path photo = folder.resolve("post.jpg");
        BufferedImage logoImage = new BufferedImage(400, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logoImage.createGraphics();
        drawLogo(g, 0, 0, 400);
        g.dispose();
        ImageIO.write(logoImage, "png", logo.toFile());
        ImageIO.write(scene(1080, 1080, 0.12, 0.84, 0.88), "jpg", photo.toFile());

        JsonNode result = scenario("brand-manager-sets-up-brand", Map.of("RULE_NAME", ruleName,
                "TERMS", "zwrot pieniędzy|reklamacja", "LOGO_ID", logoId, "LOGO_FILE", logo.toString(),
                "IMAGE_FILE", photo.toString()));

        assertEquals("The rule “" + ruleName + "” was saved.", result.path("saved").asText());
        assertTrue(result.path("listed").asText().contains("zwrot pieniędzy, reklamacja"), result.toString());
        assertTrue(result.path("before").asText().startsWith("Auto-hide is off."), result.toString());
        assertTrue(result.path("impact").asText().contains("Direct messages are never hidden."), result.toString());
        assertTrue(result.path("after").asText().contains("manager1"), result.toString());
        assertEquals("The logo " + logoId + " was registered.", result.path("uploaded").asText());
        assertTrue(result.path("drawn").path("shown").asBoolean(), result.toString());
        double left = Double.parseDouble(result.path("drawn").path("left").asText().replace("%", ""));
        double width = Double.parseDouble(result.path("drawn").path("width").asText().replace("%", ""));
        assertEquals(84, left, 2.5, "the box is drawn where the logo is");
        assertEquals(12, width, 2.5, "the box is as wide as the logo");
        List<String> mine = new java.util.ArrayList<>();
        result.path("sightings").forEach(s -> {
            if (s.asText().startsWith(logoId + ":")) {
                mine.add(s.asText());
            }
        });
        assertEquals(1, mine.size(), result.toString());
        assertTrue(mine.get(0).contains("in the bottom right part of the image"), mine.get(0));
        assertScreenshots(result, "brand-01-listening", "brand-02-autohide", "brand-03-logos");

        // what the services hold
        List<Map<String, Object>> rules = given().header("Authorization", MANAGER)
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/brands/acme/listening-rules").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.name == '" + ruleName + "' }");
        assertEquals(1, rules.size());
        assertEquals(List.of("zwrot pieniędzy", "reklamacja"), rules.get(0).get("terms"));
        assertEquals("manager1", rules.get(0).get("createdBy"));
        given().header("Authorization", MANAGER).get(RunningStack.url(INBOX) + "/api/v1/brands/acme/moderation-rule")
                .then().statusCode(200).body("autoHideAbusive", org.hamcrest.Matchers.equalTo(true))
                .body("updatedBy", org.hamcrest.Matchers.equalTo("manager1"));
        given().header("Authorization", MANAGER).queryParam("limit", 200)
                .get(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/logos")
                .then().statusCode(200)
                .body("items.find { it.logoId == '" + logoId + "' }.uploadedBy", org.hamcrest.Matchers.equalTo("manager1"));
    }

    @AfterEach
    void putTheBrandBack() {
        given().header("Authorization", MANAGER)
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/brands/acme/listening-rules").then().extract().jsonPath()
                .<String>getList("items.findAll { it.name == '" + ruleName + "' }.id")
                .forEach(id -> given().header("Authorization", MANAGER)
                        .delete(RunningStack.url(INGEST) + "/api/v1/listening-rules/" + id));
        given().header("Authorization", MANAGER).delete(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/logos/"
                + logoId);
        autoHide(false);
    }

    private static void autoHide(boolean on) {
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body(Map.of("autoHideAbusive", on))
                .put(RunningStack.url(INBOX) + "/api/v1/brands/acme/moderation-rule").then().statusCode(200);
    }

    /** Green triangle, purple word, yellow bar, {@code width} wide at (x, y): the logo the standards tests use. */
    private static void drawLogo(Graphics2D g, double x, double y, double width) {
        Graphics2D c = (Graphics2D) g.create();
        c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.translate(x, y);
        c.scale(width / 400, width / 400);
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(6, 150);
        triangle.lineTo(76, 8);
        triangle.lineTo(146, 150);
        triangle.closePath();
        c.setColor(new Color(0x2E, 0xA0, 0x43));
        c.fill(triangle);
        c.setColor(new Color(0x6A, 0x2C, 0x91));
        c.setFont(new Font("DejaVu Serif", Font.BOLD, 80));
        c.drawString("Acme", 165, 110);
        c.setColor(new Color(0xF5, 0xC5, 0x18));
        c.fill(new Rectangle2D.Double(166, 126, 220, 18));
        c.dispose();
    }

    /** A photo-like scene with the logo {@code share} of its width wide, its corner at (x, y) as shares. */
    private static BufferedImage scene(int width, int height, double share, double x, double y) throws IOException {
        Random random = new Random(22);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8, 0xF1, 0xF8), width, height, new Color(0xC9, 0xD8, 0xE6)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 70));
            g.fill(new Ellipse2D.Double(random.nextDouble() * width, random.nextDouble() * height * 0.5,
                    width * (0.05 + 0.2 * random.nextDouble()), height * (0.05 + 0.2 * random.nextDouble())));
            g.setStroke(new BasicStroke(2));
        }
        drawLogo(g, x * width, y * height, share * width);
        g.dispose();
        return image;
    }
}
