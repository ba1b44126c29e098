package io.parley.console;

import io.parley.testsupport.console.ConsoleBrowser;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.ConsoleClientRegistration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brand setup screen's calls go through the relay to their services: listening rules and the channels' OAuth
 * start to ingest, a logo's bytes as they are, the moderation rule to inbox, the test image to standards; the
 * screen's address answers the console's page.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class BrandSetupRelayTest {

    @TestHTTPResource("/")
    URL console;

    private ConsoleBrowser browser;

    @BeforeEach
    void signIn() throws Exception {
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin());
        browser = new ConsoleBrowser(origin());
        browser.signIn("manager1", "manager1");
        ConsoleTestResources.RECEIVED.clear();
    }

    @Test
    void listeningRulesTheModerationRuleAndTheOAuthStartReachTheirService() throws Exception {
        assertEquals(200, browser.get(origin() + "/api/v1/brands/acme/listening-rules").statusCode());
        String rule = "{\"brand\":\"acme\",\"name\":\"Zwroty\",\"terms\":[\"zwrot pieniędzy\"]}";
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(URI.create(origin()
                + "/api/v1/listening-rules")).header("X-Parley-Console", "1")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(rule, StandardCharsets.UTF_8)));
        assertEquals(201, created.statusCode());
        assertEquals(rule, created.body(), "the rule's Polish words made the round trip intact");
        HttpResponse<String> hidden = browser.send(HttpRequest.newBuilder(URI.create(origin()
                + "/api/v1/brands/acme/moderation-rule")).header("X-Parley-Console", "1")
                .header("Content-Type", "application/json").header("If-Match", "\"3\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"autoHideAbusive\":true}")));
        assertEquals(200, hidden.statusCode());
        browser.get(origin() + "/api/v1/brands/acme/channels/oauth/tiktok/start");
        assertEquals(List.of("GET /api/v1/brands/acme/listening-rules", "POST /api/v1/listening-rules",
                        "PUT /api/v1/brands/acme/moderation-rule", "GET /api/v1/brands/acme/channels/oauth/tiktok/start"),
                ConsoleTestResources.RECEIVED.stream().map(r -> r.method() + " " + r.path()).toList());
        assertEquals(List.of("\"3\""), ConsoleTestResources.RECEIVED.get(2).headers().get("If-match"));
    }

    @Test
    void theTestImageIsRoutedToStandardsAndTheScreenHasItsAddress() throws Exception {
        // standards is unreachable in this test: a routed path is 503, not the 404 of a path no service owns
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(origin()
                + "/api/v1/brands/acme/logo-sightings")).header("X-Parley-Console", "1")
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String screen : List.of("/brand", "/brand/listening", "/brand/moderation", "/brand/logos")) {
            HttpResponse<String> page = browser.get(origin() + screen);
            assertEquals(200, page.statusCode(), screen);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), screen);
        }
    }

    private String origin() {
        return "http://localhost:" + console.getPort();
    }
}
