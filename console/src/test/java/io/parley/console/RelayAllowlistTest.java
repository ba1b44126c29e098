package io.parley.console;

import io.parley.testsupport.console.ConsoleBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signed-in user tries every spelling of a way out of the relay's routes (the outside probe reached
 * ingest's channels with {@code /api/v1/sandbox/..%2fchannels} and internal metrics with
 * {@code ..%2f..%2fq/metrics}): each is a 404 problem and nothing reaches a service. Paths the relay
 * does route reach the service decoded once and encoded again, exactly as they were matched.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class RelayAllowlistTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each would leave the route it names (a brand's sandbox, conversations, a brand's analytics) for another path. */
    static final List<String> WAYS_OUT = List.of(
            "/api/v1/brands/acme/sandbox/..%2fchannels?brand=acme", "/api/v1/brands/acme/sandbox/..%2f..%2fq/metrics",
            "/api/v1/brands/acme/sandbox/..%2Fchannels?brand=acme",
            "/api/v1/brands/acme/sandbox/%2e%2e%2fchannels?brand=acme",
            "/api/v1/brands/acme/sandbox/%2E%2E%2Fchannels", "/api/v1/brands/acme/sandbox/.%2e%2fchannels",
            "/api/v1/brands/acme/sandbox/%2e.%2Fchannels", "/api/v1/brands/acme/sandbox%2f..%2fchannels",
            "/api/v1/conversations/x%2f..%2f..%2f..%2fq%2fmetrics", "/api/v1/brands/acme/sandbox/%2e%2e/channels",
            "/api/v1/brands/acme/sandbox/%2E%2E/channels", "/api/v1/brands/acme/sandbox/.%2E/channels",
            "/api/v1/brands/acme/sandbox/%2e/requests",
            "/api/v1/brands/acme/analytics/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/q/metrics",
            "/api/v1/brands/acme/sandbox/..%252fchannels", "/api/v1/brands/acme/sandbox/%252e%252e%252fchannels",
            "/api/v1/brands/acme/sandbox/..%5cchannels", "/api/v1/brands/acme/sandbox/..%5Cchannels",
            "/api/v1/brands/acme/sandbox/..;/channels", "/api/v1/brands/acme/sandbox;x=1/requests",
            "/api/v1/brands/acme/sandbox/requests%3bx=1", "/api/v1/brands/acme/sandbox/requests%00",
            "/api/v1/brands/acme/sandbox/%00../channels", "/api/v1/brands/acme//sandbox/requests",
            "/api/v1/brands/acme/sandbox//requests", "/api/v1/brands/acme/sandbox/requests/",
            "/api/v1/brands/acme/sandbox/%c0%ae%c0%ae/channels",
            // paths of the services no route names (channels are routed since the story composer lists them)
            "/api/v1/listening-rule?brand=acme", "/api/q/metrics", "/api/v1/webhooks/meta");

    @TestHTTPResource("/")
    URL console;

    private ConsoleBrowser browser;

    @BeforeEach
    void signIn() throws Exception {
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin());
        browser = new ConsoleBrowser(origin());
        browser.signIn("agent1", "agent1");
        ConsoleTestResources.RECEIVED.clear();
    }

    @Test
    void everyWayOutOfTheRoutesIsA404ProblemAndReachesNoService() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : WAYS_OUT) {
            for (String method : List.of("GET", "POST")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                        .header("X-Parley-Console", "1");
                request = method.equals("GET") ? request.GET() : request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"));
                HttpResponse<String> answer = browser.send(request);
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (answer.statusCode() != 404 || !type.startsWith("application/problem+json")) {
                    failures.add(method + " " + path + " -> " + answer.statusCode() + " " + type + " " + answer.body());
                } else {
                    JsonNode problem = JSON.readTree(answer.body());
                    if (!"/problems/not-found".equals(problem.path("type").asText())) {
                        failures.add(method + " " + path + " -> " + answer.body());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), "not refused:\n" + String.join("\n", failures));
        assertEquals(List.of(), ConsoleTestResources.RECEIVED, "a refused path reached a service");
    }

    @Test
    void aRoutedPathReachesTheServiceDecodedOnceAndEncodedAgain() throws Exception {
        HttpResponse<String> answer = browser.get(origin() + "/api/v1/conversations/%631/replies?q=a%2Fb");
        assertEquals(200, answer.statusCode(), answer.body());
        answer = browser.get(origin() + "/api/v1/brands/acme/advocates/forum/Zofia%20%C5%81%C3%B3d%C5%BA");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(List.of("/api/v1/conversations/c1/replies?q=a%2Fb",
                        "/api/v1/brands/acme/advocates/forum/Zofia%20%C5%81%C3%B3d%C5%BA"),
                ConsoleTestResources.RECEIVED.stream().map(ConsoleTestResources.Received::path).toList());
    }

    private String origin() {
        return "http://localhost:" + console.getPort();
    }
}
