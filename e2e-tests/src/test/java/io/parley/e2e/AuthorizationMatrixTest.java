package io.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.DemoData;
import io.parley.devstack.stack.ParleyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorization matrix as a standing test: every operation in every service's OpenAPI document, called
 * by every kind of caller, answers as {@code authorization-matrix.csv} says. An operation without a row
 * fails the test (with the row to review and add), so a new endpoint cannot ship without its decision
 * written down; so does a row whose operation no longer exists. See docs/api/README.md, "Authorization
 * matrix".
 *
 * <p>Reads use the real ids of fixtures this test creates (an acme conversation from a signed webhook, an
 * acme draft post) so another brand's user is refused something that exists. Commands send a body that is
 * not JSON: a caller the roles allow gets the service's 400 (or 404 for an unknown id) and nothing
 * changes; a caller they do not allow gets 401 or 403 first. Commands without a body use unknown ids,
 * except on the fixture conversation, which is this test's own. Whatever another brand's user is answered
 * with 2xx must hold nothing of acme's.
 */
@ExtendWith(RunningStack.class)
class AuthorizationMatrixTest {

    static final String TABLE = "/authorization-matrix.csv";
    static final List<String> CALLERS = List.of("anonymous", "garbage", "other-brand", "agent1", "editor1",
            "approver1", "manager1", "admin1", "integrator");
    static final String HEADER = "service,method,path," + String.join(",", CALLERS);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String BRAND = DemoData.BRAND;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** A caller's Authorization header value; none for the anonymous caller. */
    private static final Map<String, String> AUTHORIZATION = new LinkedHashMap<>();
    private static String conversationId;
    private static String postId;

    @BeforeAll
    static void callersAndFixtures() throws Exception {
        AUTHORIZATION.put("garbage", "Bearer not.a-token.at-all");
        AUTHORIZATION.put("other-brand", Tokens.bearer(Tokens.forUser("agent2")));
        for (String user : List.of("agent1", "editor1", "approver1", "manager1", "admin1")) {
            AUTHORIZATION.put(user, Tokens.bearer(Tokens.forUser(user)));
        }
        AUTHORIZATION.put("integrator", Tokens.bearer(Tokens.forIntegrator()));
        conversationId = conversationFromSignedWebhook();
        postId = draftPost();
    }

    @Test
    void everyOperationOfEveryServiceAnswersEveryCallerAsTheTableSays() throws Exception {
        Map<String, String[]> table = table();
        Map<String, String[]> operations = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ParleyService service : ParleyService.all()) {
            JsonNode openapi = JSON.readTree(send(HttpRequest.newBuilder(URI.create(RunningStack.url(service)
                    + "/q/openapi?format=json")).GET(), null).body());
            for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                    String key = service.module() + "," + method + "," + path.getKey();
                    String[] observed = observe(service, method, path.getKey(), path.getValue(), op.getValue(),
                            mismatches);
                    operations.put(key, observed);
                    String[] expected = table.get(key);
                    if (expected == null) {
                        missing.add(key + "," + String.join(",", observed));
                        continue;
                    }
                    for (int i = 0; i < CALLERS.size(); i++) {
                        if (!matches(expected[i], observed[i])) {
                            mismatches.add(key + ": " + CALLERS.get(i) + " expected " + expected[i] + ", got "
                                    + observed[i]);
                        }
                    }
                }
            }
        }
        List<String> stale = table.keySet().stream().filter(k -> !operations.containsKey(k)).toList();
        writeObserved(operations);
        StringBuilder why = new StringBuilder();
        if (!missing.isEmpty()) {
            why.append("Operations without a row in e2e-tests/src/test/resources").append(TABLE)
                    .append(" (decide each caller's outcome; what they got now is shown):\n")
                    .append(String.join("\n", missing)).append('\n');
        }
        if (!stale.isEmpty()) {
            why.append("Rows whose operation is in no OpenAPI document:\n").append(String.join("\n", stale))
                    .append('\n');
        }
        if (!mismatches.isEmpty()) {
            why.append("Answers that differ from the table:\n").append(String.join("\n", mismatches)).append('\n');
        }
        if (!why.isEmpty()) {
            fail(why.toString());
        }
    }

    /** Each caller's status for one operation; another brand's 2xx holding acme's data is a mismatch. */
    private String[] observe(ParleyService service, String method, String template, JsonNode pathItem, JsonNode op,
            List<String> mismatches) throws Exception {
        boolean command = !method.equals("GET");
        String url = RunningStack.url(service) + fill(template, parameters(pathItem, op, "path"), command)
                + query(parameters(pathItem, op, "query"));
        JsonNode content = op.path("requestBody").path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        String[] observed = new String[CALLERS.size()];
        for (int i = 0; i < CALLERS.size(); i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            HttpRequest.BodyPublisher body = mediaType == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{ this is not JSON");
            if (mediaType != null) {
                request.header("Content-Type", mediaType.contains("*") ? "application/json" : mediaType);
            }
            request.method(method, body);
            HttpResponse<String> answer = send(request, AUTHORIZATION.get(CALLERS.get(i)));
            int status = answer.statusCode();
            observed[i] = status / 100 == 2 ? "2xx" : Integer.toString(status);
            if (CALLERS.get(i).equals("other-brand") && status / 100 == 2 && holdsAcmeData(answer.body())) {
                mismatches.add(service.module() + "," + method + "," + template + ": another brand's user got "
                        + status + " with acme's data: " + excerpt(answer.body()));
            }
        }
        return observed;
    }

    private static boolean holdsAcmeData(String body) {
        return body.contains("\"" + BRAND + "\"") || body.contains(conversationId) || body.contains(postId);
    }

    /** The path with each parameter filled: the fixtures' ids where the test has them, else unknown ids. */
    private static String fill(String template, List<JsonNode> parameters, boolean command) {
        String path = template;
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            path = path.replace("{" + name + "}", enc(value(template, name, p.path("schema"), command)));
        }
        return path;
    }

    private static String value(String template, String name, JsonNode schema, boolean command) {
        if (name.equals("brand")) {
            return BRAND;
        }
        if (name.equals("conversationId") || (name.equals("id") && template.startsWith("/api/v1/conversations/{id}"))) {
            return conversationId; // this test's own conversation: even a command changes nothing of anyone else's
        }
        if (!command && name.equals("id") && template.startsWith("/api/v1/posts/")) {
            return postId;
        }
        if (name.equals("platform")) {
            return "facebook";
        }
        String type = schema.path("type").asText();
        // Parley's ids are UUIDs: a well-formed unknown one asks the brand and existence checks (404), where a
        // malformed one would only be refused as a wrong-typed parameter (400) before them.
        if (schema.path("format").asText().equals("uuid") || name.equals("id") || name.endsWith("Id")) {
            return "00000000-0000-4000-8000-00000000e2e0";
        }
        if (type.equals("integer") || type.equals("number")) {
            return "999999";
        }
        return "e2e-matrix-unknown";
    }

    /** Required query parameters, and {@code brand} always (so another brand's user asks for acme's). */
    private static String query(List<JsonNode> parameters) {
        List<String> pairs = new ArrayList<>();
        Instant now = Instant.now();
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            boolean number = p.path("schema").path("type").asText().matches("integer|number");
            String value = switch (name) {
                case "brand" -> BRAND;
                // A window of instants, or two catalogue versions (0 is the empty catalogue, always there).
                case "from" -> number ? "0" : now.minus(Duration.ofDays(7)).toString();
                case "to" -> number ? "0" : now.toString();
                case "platform" -> "facebook";
                default -> p.path("required").asBoolean() ? value("", name, p.path("schema"), false) : null;
            };
            if (value != null) {
                pairs.add(enc(name) + "=" + enc(value));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static List<JsonNode> parameters(JsonNode pathItem, JsonNode op, String in) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            source.forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    byName.put(p.path("name").asText(), p);
                }
            });
        }
        return List.copyOf(byName.values());
    }

    /** {@code 2xx}, a status, or alternatives ({@code 400|404}). */
    static boolean matches(String expected, String observed) {
        for (String alternative : expected.split("\\|")) {
            if (alternative.trim().equals(observed)) {
                return true;
            }
        }
        return false;
    }

    /** The table: one row per operation, keyed by service, method and path. */
    static Map<String, String[]> table() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IOException(TABLE + " is missing");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IOException(TABLE + " must start with the header " + HEADER);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != 3 + CALLERS.size()) {
                    throw new IOException(TABLE + ": " + cells.length + " cells, not " + (3 + CALLERS.size())
                            + ": " + line);
                }
                String key = cells[0] + "," + cells[1] + "," + cells[2];
                if (rows.put(key, java.util.Arrays.copyOfRange(cells, 3, cells.length)) != null) {
                    throw new IOException(TABLE + ": two rows for " + key);
                }
            }
        }
        return rows;
    }

    /** What every caller got this run, as a table, for review: target/authorization-matrix.observed.csv. */
    private static void writeObserved(Map<String, String[]> operations) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        operations.forEach((key, observed) -> out.append(key).append(',').append(String.join(",", observed))
                .append('\n'));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("authorization-matrix.observed.csv"), out.toString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An acme conversation of this test's own, from a signed Facebook comment. */
    private static String conversationFromSignedWebhook() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String text = "Matrix " + run + " — czy ktoś tu jest?";
        String body = DemoData.feedComment(run + "-matrix", "Matrix Customer", text, Instant.now().getEpochSecond());
        HttpResponse<String> delivered = send(HttpRequest.newBuilder(URI.create(RunningStack.url(ParleyService.INGEST)
                        + "/webhooks/meta")).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), null);
        assertTrue(delivered.statusCode() == 200, "webhook: " + delivered.statusCode() + " " + delivered.body());
        String list = RunningStack.url(ParleyService.INBOX) + "/api/v1/conversations?status=new,open&limit=200";
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String cursor = null;
            do {
                JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(URI.create(list
                        + (cursor == null ? "" : "&cursor=" + enc(cursor)))).GET(), AUTHORIZATION.get("agent1")).body());
                for (JsonNode item : page.path("items")) {
                    if (text.equals(item.path("preview").asText())) {
                        return item.path("id").asText();
                    }
                }
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } while (cursor != null);
            return null;
        }, java.util.Objects::nonNull);
    }

    /** An acme draft post, planned by editor1. */
    private static String draftPost() throws Exception {
        String body = JSON.writeValueAsString(Map.of("brand", BRAND, "platform", "instagram", "title",
                "Matrix " + UUID.randomUUID(), "text", "Draft for the authorization matrix", "plannedFor",
                Instant.now().plus(Duration.ofDays(60)).toString()));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(RunningStack.url(ParleyService.CALENDAR)
                        + "/api/v1/posts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), AUTHORIZATION.get("editor1"));
        assertTrue(created.statusCode() == 201, "draft post: " + created.statusCode() + " " + created.body());
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
