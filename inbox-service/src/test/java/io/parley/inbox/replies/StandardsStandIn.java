package io.parley.inbox.replies;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real HTTP server that answers {@code POST /api/v1/brands/{brand}/checks} like standards-service's
 * checks engine, for the inbox's {@code @QuarkusTest}s. Starting the real standards-service (its database,
 * catalogue and Kafka topics) inside the inbox's test JVM is out of reach, so this stand-in answers with the
 * engine's recorded response shape (standards-service's {@code api.Examples.CHECK_RESULT}: brand,
 * catalogueVersion, verdict, findings with ruleId, section, severity, span, message, why, suggestion) for
 * a fixed little catalogue: the English word "free" blocks ({@code no-free}), an e-mail address or "DM us"
 * warns ({@code public-reply.email}, {@code public-reply.private-channel}). A text containing
 * {@code #standards-down} is answered 500, as a broken engine would. A request without a bearer token is
 * answered 401, as the real service does. The end-to-end tests run the real standards-service.
 */
public class StandardsStandIn implements QuarkusTestResourceLifecycleManager {

    /** Requests received: the Authorization header, the brand and the body. */
    public record Received(String authorization, String brand, String body) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/brands/", exchange -> {
            String path = exchange.getRequestURI().getPath(); // /api/v1/brands/{brand}/checks
            String brand = path.split("/")[4];
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            RECEIVED.add(new Received(authorization, brand, body));
            int status;
            String answer;
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                status = 401;
                answer = "{\"type\":\"/problems/unauthorized\",\"status\":401}";
            } else if (body.contains("#standards-down")) {
                status = 500;
                answer = "{\"type\":\"/problems/internal\",\"status\":500}";
            } else {
                status = 200;
                answer = check(brand, text(body));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.standards.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The "text" member of the draft (the JSON the inbox sends is flat and simple). */
    private static String text(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("text").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String check(String brand, String text) {
        List<String> findings = new ArrayList<>();
        boolean block = false;
        java.util.regex.Matcher email = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+").matcher(text);
        if (email.find()) {
            findings.add(finding("public-reply.email", "warn", text, email.start(), email.end(),
                    "the reply moves the conversation to e-mail"));
        }
        int dm = text.toLowerCase().indexOf("dm us");
        if (dm >= 0) {
            findings.add(finding("public-reply.private-channel", "warn", text, dm, dm + 5,
                    "the reply moves the conversation to private messages"));
        }
        java.util.regex.Matcher free = java.util.regex.Pattern.compile("(?i)\\bfree\\b").matcher(text);
        if (free.find()) {
            block = true;
            findings.add(finding("no-free", "block", text, free.start(), free.end(),
                    "'" + free.group() + "' matches the forbidden term 'free' (en)"));
        }
        String verdict = block ? "block" : findings.isEmpty() ? "pass" : "warn";
        return "{\"brand\":\"" + brand + "\",\"catalogueVersion\":3,\"verdict\":\"" + verdict + "\",\"findings\":["
                + String.join(",", findings) + "]}";
    }

    private static String finding(String ruleId, String severity, String text, int start, int end, String message) {
        int cpStart = text.codePointCount(0, start);
        int cpEnd = text.codePointCount(0, end);
        return "{\"ruleId\":\"" + ruleId + "\",\"section\":4,\"sectionName\":\"content\",\"severity\":\"" + severity
                + "\",\"span\":{\"start\":" + cpStart + ",\"end\":" + cpEnd + ",\"text\":\""
                + text.substring(start, end).replace("\"", "\\\"") + "\"},\"message\":\"" + message.replace("\"", "'")
                + "\",\"why\":\"Replies stay public.\"}";
    }
}
