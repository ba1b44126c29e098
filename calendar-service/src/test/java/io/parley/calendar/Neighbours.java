package io.parley.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small real HTTP server that answers as the calendar's neighbours do, for its {@code @QuarkusTest}s (starting
 * ingest-service and standards-service in this JVM is out of reach; the end-to-end tests run the real ones):
 * <ul>
 * <li>ingest-service's {@code GET /api/v1/channels?brand=} (a page: {@code items}, {@code nextCursor}) with the
 * accounts below, acme's in two pages (Telegram and VK on the second), so the calendar must follow the cursor;</li>
 * <li>standards-service's {@code GET /api/v1/brands/{brand}/standards} with a catalogue whose section 9 time zone
 * is Europe/Warsaw, section 5 asks utm_source, utm_medium and utm_campaign on acme.example and section 10 gives
 * {@link #VK_CADENCE} 2 posts a week, 4 hours apart, quiet 22:00-07:00, with a Christmas 2031 blackout;</li>
 * <li>its checks engine: a form of the Polish "darmowy" blocks ({@code pl-darmowy}), "guaranteed" warns; a text
 * with {@code #standards-down} is answered 500;</li>
 * <li>its {@code POST …/standards/approval-workflow} as agreed in the publishing contract, with a workflow per
 * content type and risk level ({@link #workflow}).</li>
 * </ul>
 * A request without a bearer token is answered 401, as the real services do; every request is recorded.
 */
public class Neighbours implements QuarkusTestResourceLifecycleManager {

    public static final String FACEBOOK = "0f0f0f0f-0000-4000-8000-00000000fb01";
    public static final String INSTAGRAM = "0f0f0f0f-0000-4000-8000-00000000f1a1";
    public static final String LINKEDIN = "0f0f0f0f-0000-4000-8000-0000000011d1";
    public static final String X = "0f0f0f0f-0000-4000-8000-0000000000a1";
    public static final String TELEGRAM = "0f0f0f0f-0000-4000-8000-000000007e01";
    /** Only the cadence tests plan on it: its target is in the catalogue's section 10 below. */
    public static final String VK_CADENCE = "0f0f0f0f-0000-4000-8000-0000000000c1";
    public static final String GLOBEX_FACEBOOK = "0f0f0f0f-0000-4000-8000-00000000fb99";

    public record Received(String method, String path, String authorization, String body) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.standards.url", url, "quarkus.rest-client.channels.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        RECEIVED.add(new Received(exchange.getRequestMethod(), path, authorization, body));
        int status = 200;
        String answer;
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            status = 401;
            answer = "{\"type\":\"/problems/unauthorized\",\"status\":401}";
        } else if (path.equals("/api/v1/channels")) {
            answer = channels(parameter(query, "brand"), parameter(query, "cursor"));
        } else if (path.endsWith("/standards")) {
            // Section 6 names each brand's competitors (the cadence report's comparison reads them).
            String otherBrands = path.contains("/brands/globex/")
                    ? "{\"brands\":[{\"id\":\"acme\",\"name\":\"Acme\",\"relation\":\"competitor\"}]}"
                    : "{\"brands\":[{\"id\":\"globex\",\"name\":\"Globex Corporation\",\"relation\":\"competitor\"},"
                    + "{\"id\":\"initech\",\"name\":\"Initech\",\"relation\":\"competitor\"},"
                    + "{\"id\":\"umbrella\",\"name\":\"Umbrella\",\"relation\":\"partner\"}]}";
            answer = """
                    {"version":3,"catalogue":{"links":{"ownDomains":["acme.example"],"allowedDomains":[],
                    "forbiddenDomains":[],"requiredUtmParameters":["utm_source","utm_medium","utm_campaign"]},
                    "responseTargets":{"defaultMinutes":60,"timeZone":"Europe/Warsaw"},
                    "cadence":{"blackouts":[{"from":"2031-12-24","to":"2031-12-26","reason":"Wigilia i święta"}],
                    "targets":[{"channelAccount":"0f0f0f0f-0000-4000-8000-0000000000c1","postsPerWeek":2,
                    "minGapMinutes":240,"quietHours":[{"from":"22:00","to":"07:00"}]},{"channel":"x","postsPerWeek":10}]},
                    "overrides":{"instagram":{"links":{"ownDomains":["acme.example"],"requiredUtmParameters":["utm_source"]}}},
                    "otherBrands":%s}}""".formatted(otherBrands);
        } else if (path.endsWith("/checks")) {
            JsonNode draft = JSON.readTree(body);
            String text = draft.path("text").asText("");
            if (text.contains("#standards-down")) {
                status = 500;
                answer = "{\"type\":\"/problems/internal\",\"status\":500}";
            } else {
                answer = check(text);
            }
        } else if (path.endsWith("/standards/approval-workflow")) {
            JsonNode q = JSON.readTree(body);
            answer = workflow(q.path("contentType").asText(), q.path("riskLevel").asText());
        } else {
            status = 404;
            answer = "{\"type\":\"/problems/not-found\",\"status\":404}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String channels(String brand, String cursor) {
        if ("globex".equals(brand)) {
            return "{\"items\":[" + account(GLOBEX_FACEBOOK, "globex", "facebook", "Globex") + "],\"nextCursor\":null}";
        }
        if ("acme-page-2".equals(cursor)) {
            return "{\"items\":[" + String.join(",", account(TELEGRAM, "acme", "telegram", "Acme bot"),
                    account(VK_CADENCE, "acme", "vk", "Acme VK")) + "],\"nextCursor\":null}";
        }
        return "{\"items\":[" + String.join(",", account(FACEBOOK, "acme", "facebook", "Acme on Facebook"),
                account(INSTAGRAM, "acme", "instagram", "@acme"), account(LINKEDIN, "acme", "linkedin", "Acme"),
                account(X, "acme", "x", "@acme")) + "],\"nextCursor\":\"acme-page-2\"}";
    }

    /** A query parameter's value, or null. */
    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String account(String id, String brand, String platform, String name) {
        return "{\"id\":\"" + id + "\",\"brand\":\"" + brand + "\",\"platform\":\"" + platform
                + "\",\"accountId\":\"" + id.substring(id.length() - 4) + "\",\"name\":\"" + name
                + "\",\"mode\":\"sandbox\",\"enabled\":true}";
    }

    private static String check(String text) {
        List<String> findings = new ArrayList<>();
        Matcher darmowy = Pattern.compile("(?iu)\\bdarmow\\p{L}*").matcher(text);
        if (darmowy.find()) {
            findings.add(finding("pl-darmowy", "block", text, darmowy.start(), darmowy.end(),
                    "matches the forbidden term 'darmowy' (pl)"));
        }
        Matcher guaranteed = Pattern.compile("(?i)\\bguaranteed\\b").matcher(text);
        if (guaranteed.find()) {
            findings.add(finding("en-guarantee", "warn", text, guaranteed.start(), guaranteed.end(),
                    "matches the term 'guaranteed' (en)"));
        }
        String verdict = findings.stream().anyMatch(f -> f.contains("\"block\"")) ? "block"
                : findings.isEmpty() ? "pass" : "warn";
        return "{\"brand\":\"acme\",\"catalogueVersion\":3,\"verdict\":\"" + verdict + "\",\"findings\":["
                + String.join(",", findings) + "]}";
    }

    private static String finding(String ruleId, String severity, String text, int start, int end, String message) {
        return "{\"ruleId\":\"" + ruleId + "\",\"section\":4,\"sectionName\":\"content\",\"severity\":\"" + severity
                + "\",\"span\":{\"start\":" + text.codePointCount(0, start) + ",\"end\":" + text.codePointCount(0, end)
                + "},\"message\":\"'" + text.substring(start, end) + "' " + message + "\"}";
    }

    /**
     * The workflows the tests use, by content type and risk level: low risk has no step (approved at once); a normal
     * post needs any approver; a high-risk post two ordered steps (both approver1 and manager1, then a manager,
     * skippable by managers); an article 2 of approver1, manager1, admin1; a video one step by approver1 that reminds
     * after 1 s and escalates to manager1 after 2 s; a story a step by any approver then one by an external reviewer.
     */
    static String workflow(String contentType, String riskLevel) {
        if (riskLevel.equals("low")) {
            return "{\"rule\":null,\"steps\":[]}";
        }
        return switch (contentType + "/" + riskLevel) {
            case "post/high" -> """
                    {"rule":1,"steps":[{"name":"Marketing","approvers":[{"kind":"user","id":"approver1"},
                    {"kind":"user","id":"manager1"}],"required":2},{"name":"Legal","approvers":[{"kind":"role",
                    "id":"manager"}],"required":1,"skippableBy":["manager"]}]}""";
            case "article/normal" -> """
                    {"rule":2,"steps":[{"name":"Two of three","approvers":[{"kind":"user","id":"approver1"},
                    {"kind":"user","id":"manager1"},{"kind":"user","id":"admin1"}],"required":2}]}""";
            case "video/normal" -> """
                    {"rule":3,"steps":[{"name":"Video desk","approvers":[{"kind":"user","id":"approver1"}],"required":1,
                    "remindAfter":"PT1S","escalateAfter":"PT2S","escalateTo":[{"kind":"user","id":"manager1"}]}]}""";
            case "story/normal" -> """
                    {"rule":4,"steps":[{"name":"Marketing","approvers":[{"kind":"role","id":"approver"}],"required":1},
                    {"name":"Client","approvers":[{"kind":"external","id":"client"}],"required":1}]}""";
            default -> """
                    {"rule":0,"steps":[{"name":"Marketing","approvers":[{"kind":"role","id":"approver"}],"required":1}]}""";
        };
    }
}
