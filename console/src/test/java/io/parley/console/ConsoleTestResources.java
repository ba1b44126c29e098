package io.parley.console;

import com.sun.net.httpserver.HttpServer;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The console under test signs in with the test infrastructure's real Keycloak. In place of
 * inbox-service it relays to a small recording HTTP server, so a test can see exactly what the
 * console sent on (token, headers, body) and what it relays back. ingest, calendar and analytics point
 * at the same recorder (so a path the relay should have refused would show up there); standards nowhere.
 * The recorder answers with what it received, or with what a test scripted for a path ({@link #answer}, e.g.
 * calendar-service's 410 for a revoked review link). The sessions are in the console's own test database
 * ({@code test_console}, with {@code PARLEY_TEST_DB_SUFFIX}). Every console test names this resource: they all share
 * one application start.
 */
public class ConsoleTestResources implements QuarkusTestResourceLifecycleManager {

    /** One request as the recording server received it. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        /** The first value of a request header, whatever its case; null when it was not sent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** What the recorder answers for the paths starting with a prefix, instead of echoing the request. */
    public record Answer(int status, String contentType, String body) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** Scripted answers by path prefix; the longest matching prefix wins. A test removes its own afterwards. */
    public static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();

    /** Answers every request whose path starts with {@code pathPrefix} so, until {@link #ANSWERS} is cleared. */
    public static void answer(String pathPrefix, int status, String contentType, String body) {
        ANSWERS.put(pathPrefix, new Answer(status, contentType, body));
    }
    private HttpServer inbox;

    @Override
    public Map<String, String> start() {
        try {
            inbox = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        inbox.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            String path = exchange.getRequestURI().getPath();
            Answer scripted = ANSWERS.entrySet().stream().filter(a -> path.startsWith(a.getKey()))
                    .max(Comparator.comparingInt(a -> a.getKey().length())).map(Map.Entry::getValue).orElse(null);
            if (scripted != null) {
                byte[] answer = scripted.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", scripted.contentType());
                exchange.sendResponseHeaders(scripted.status(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
                return;
            }
            // It answers with what it received, so a test sees the text made the round trip intact.
            byte[] answer = body.length > 0 ? body : "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + inbox.getAddress().getPort()
                    + "/api/v1/conversations/c1/replies/r1");
            exchange.getResponseHeaders().add("Set-Cookie", "service-cookie=must-not-reach-the-browser");
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        inbox.start();
        Endpoints e = TestInfrastructure.endpoints();
        String recorder = "http://127.0.0.1:" + inbox.getAddress().getPort();
        // Every service but standards is the recorder, so whatever the relay lets through is seen.
        String suffix = System.getProperty("parley.test-db-suffix", System.getenv().getOrDefault(
                "PARLEY_TEST_DB_SUFFIX", "")).replaceAll("[^a-z0-9_]", "");
        Map<String, String> config = new java.util.HashMap<>(Map.of("quarkus.oidc.auth-server-url", e.realmUrl(),
                "kafka.bootstrap.servers", e.kafka(),
                "parley.console.services.inbox", recorder, "parley.console.services.ingest", recorder,
                "parley.console.services.calendar", recorder, "parley.console.services.analytics", recorder,
                "parley.console.services.standards", "http://127.0.0.1:1"));
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.database("test_console" + suffix));
        config.put("quarkus.datasource.username", e.dbUser());
        config.put("quarkus.datasource.password", e.dbPassword());
        return config;
    }

    @Override
    public void stop() {
        if (inbox != null) {
            inbox.stop(0);
        }
    }
}
