package io.parley.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.devstack.Tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bad input as a standing test (issue 18): reads a running service's {@code /q/openapi} and sends
 * every operation that takes a JSON body or parameters the inputs careless and hostile clients send —
 * malformed JSON, duplicate keys, a wrong type for each field, nulls, control characters, 1 MB
 * strings, invalid UTF-8, deep nesting, huge numbers, unknown fields, trailing junk, no Content-Type,
 * wrong-typed and control-character parameters — with a real token of a role allowed to call it.
 * Every answer must be below 500; what must be refused is a 4xx problem document with its status and
 * detail that names the field or parameter aimed at; and, where the test says how to count it,
 * nothing is stored by a refused request. The cases are drawn with a fixed seed, so a failure repeats.
 *
 * <pre>
 * BadInput.against(root).pathValue("brand", "acme").stored("saved replies", this::countSavedReplies).run();
 * </pre>
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The user to call as for each role, in order of preference; the demo realm's users. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("agent", "agent1");
        USERS.put("manager", "manager1");
        USERS.put("editor", "editor1");
        USERS.put("approver", "approver1");
        USERS.put("admin", "admin1");
    }

    private final URI root;
    private long seed = 18;
    private int fieldsPerOperation = 8;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<Predicate<Operation>> skipped = new ArrayList<>();
    private final List<Map.Entry<Predicate<Operation>, BiFunction<Operation, byte[], Map<String, String>>>> signers =
            new ArrayList<>();
    private final Map<String, LongSupplier> stored = new LinkedHashMap<>();

    private BadInput(URI root) {
        this.root = root;
    }

    /** A service whose root (scheme, host, port) is {@code root}, e.g. a {@code @TestHTTPResource("/")}. */
    public static BadInput against(URI root) {
        return new BadInput(root);
    }

    /** The seed the cases are drawn with (default 18, the number). */
    public BadInput seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many of an operation's body fields get the per-field cases (drawn with the seed when more). */
    public BadInput fieldsPerOperation(int count) {
        this.fieldsPerOperation = count;
        return this;
    }

    /** The value for a path parameter of this name (default: {@code acme} for brand, else a fresh UUID). */
    public BadInput pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** Leaves out operations whose {@code METHOD /path} matches the regular expression. */
    public BadInput skip(String operationPattern) {
        Pattern pattern = Pattern.compile(operationPattern);
        skipped.add(op -> pattern.matcher(op.id()).find());
        return this;
    }

    /**
     * Operations whose {@code METHOD /path} matches are called with the headers {@code signer} makes for
     * each body (a webhook's platform signature) instead of a token, and get the whole-body cases
     * (malformed, duplicate keys, deep nesting, invalid UTF-8, trailing junk, not an object) as a JSON
     * document of any shape, whatever media type they declare.
     */
    public BadInput signed(String operationPattern, BiFunction<Operation, byte[], Map<String, String>> signer) {
        Pattern pattern = Pattern.compile(operationPattern);
        signers.add(Map.entry(op -> pattern.matcher(op.id()).find(), signer));
        return this;
    }

    /** A count of something a refused request must not store (rows of a table the API writes). */
    public BadInput stored(String what, LongSupplier count) {
        stored.put(what, count);
        return this;
    }

    /** Generates and sends every case; throws an AssertionError that lists every case that failed. */
    public Report run() {
        JsonNode openApi = fetchOpenApi();
        Schemas schemas = new Schemas(openApi);
        List<Operation> operations = operations(openApi, schemas);
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (Operation op : operations) {
            cases.addAll(new CaseMaker(op, schemas, random, fieldsPerOperation, pathValues, isSigned(op)).cases());
        }
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        for (Case c : cases) {
            if (!c.mustBeRefused()) {
                continue;
            }
            Outcome outcome = send(c);
            serverErrors += outcome.status() >= 500 ? 1 : 0;
            String failure = c.check(outcome);
            if (failure != null) {
                failures.add(failure);
            }
        }
        Map<String, Long> after = counts();
        before.forEach((what, count) -> {
            if (!count.equals(after.get(what))) {
                failures.add("refused requests stored " + what + ": " + count + " before, " + after.get(what) + " after");
            }
        });
        for (Case c : cases) {
            if (c.mustBeRefused()) {
                continue;
            }
            Outcome outcome = send(c);
            serverErrors += outcome.status() >= 500 ? 1 : 0;
            String failure = c.check(outcome);
            if (failure != null) {
                failures.add(failure);
            }
        }
        Report report = new Report(operations.size(), cases.size(), serverErrors, failures);
        System.out.println("[bad input] " + report.summary());
        if (!failures.isEmpty()) {
            throw new AssertionError(report.summary() + "\n  " + failures.stream().limit(60)
                    .collect(Collectors.joining("\n  ")) + (failures.size() > 60 ? "\n  …" : ""));
        }
        return report;
    }

    /** What a run found. */
    public record Report(int operations, int cases, int serverErrors, List<String> failures) {
        public String summary() {
            return operations + " operations, " + cases + " cases, " + serverErrors + " answered 5xx, "
                    + failures.size() + " failed";
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        stored.forEach((what, count) -> counts.put(what, count.getAsLong()));
        return counts;
    }

    private JsonNode fetchOpenApi() {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(root.resolve("/q/openapi?format=json"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("/q/openapi answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot read /q/openapi: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private List<Operation> operations(JsonNode openApi, Schemas schemas) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Operation.Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                op.path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode param = schemas.resolve(p);
                    String in = param.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(new Operation.Parameter(param.path("name").asText(), in,
                                schemas.resolve(param.path("schema")), param.path("required").asBoolean(false)));
                    }
                }
                JsonNode body = null;
                String mediaType = null;
                Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
                while (content.hasNext()) {
                    Map.Entry<String, JsonNode> c = content.next();
                    if (mediaType == null || c.getKey().startsWith("application/json")) {
                        mediaType = c.getKey();
                        body = c.getValue().path("schema");
                    }
                }
                List<String> roles = new ArrayList<>();
                op.path("security").forEach(requirement -> requirement.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                Operation asDeclared = new Operation(method.toUpperCase(), path.getKey(), parameters, body, mediaType,
                        roles);
                Operation operation = body != null && isSigned(asDeclared)
                        ? new Operation(asDeclared.method(), asDeclared.path(), parameters,
                                NODES.objectNode().put("type", "object"), "application/json", roles)
                        : asDeclared;
                boolean interesting = !parameters.isEmpty() || operation.takesJson();
                if (interesting && skipped.stream().noneMatch(s -> s.test(operation))) {
                    operations.add(operation);
                }
            }
        }
        return operations;
    }

    private boolean isSigned(Operation op) {
        return signers.stream().anyMatch(s -> s.getKey().test(op));
    }

    private Outcome send(Case c) {
        Operation op = c.operation();
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(c.pathAndQuery()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, */*;q=0.5");
        BiFunction<Operation, byte[], Map<String, String>> signer = signers.stream()
                .filter(s -> s.getKey().test(op)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (signer != null) {
            signer.apply(op, c.body() == null ? new byte[0] : c.body()).forEach(request::header);
        } else {
            request.header("Authorization", Tokens.bearer(tokenFor(op)));
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(op.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Outcome(-1, "", ("no answer: " + e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String tokenFor(Operation op) {
        if (op.roles().isEmpty()) {
            return Tokens.forUser("admin1");
        }
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            if (op.roles().contains(user.getKey())) {
                return Tokens.forUser(user.getValue());
            }
        }
        if (op.roles().contains("integrator")) {
            return Tokens.forIntegrator();
        }
        return Tokens.forUser("admin1");
    }

    /** An answer. */
    record Outcome(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * One request and what it must get.
     *
     * @param refuse the input is bad in a way every service must refuse (else: it must only not fail)
     * @param target the field or parameter the problem must name, or null
     */
    record Case(Operation operation, String what, String pathAndQuery, String contentType, byte[] body,
            boolean refuse, String target) {

        boolean mustBeRefused() {
            return refuse;
        }

        /** Null when the answer is right, else why not. */
        String check(Outcome outcome) {
            String label = operation.id() + " with " + what + ": ";
            if (outcome.status() < 0 || outcome.status() >= 500) {
                return label + "answered " + outcome.status() + " " + excerpt(outcome.text());
            }
            if (outcome.status() < 400) {
                return refuse ? label + "was accepted (" + outcome.status() + ")" : null;
            }
            if (!outcome.contentType().startsWith("application/problem+json")) {
                return label + outcome.status() + " is not problem+json (" + outcome.contentType() + ") "
                        + excerpt(outcome.text());
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(outcome.body());
            } catch (IOException e) {
                return label + outcome.status() + " with a body that is not JSON: " + excerpt(outcome.text());
            }
            if (problem.path("status").asInt() != outcome.status() || problem.path("detail").asText("").isBlank()) {
                return label + outcome.status() + " without its status or detail: " + excerpt(outcome.text());
            }
            if (refuse && target != null && outcome.status() != 401 && outcome.status() != 403) {
                boolean named = problem.path("detail").asText().contains(target);
                for (JsonNode error : problem.path("errors")) {
                    named |= error.path("field").asText().endsWith(target);
                }
                if (!named) {
                    return label + outcome.status() + " does not name " + target + ": " + excerpt(outcome.text());
                }
            }
            return null;
        }

        private static String excerpt(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /** Makes the cases of one operation. */
    private static final class CaseMaker {
        private final Operation op;
        private final Schemas schemas;
        private final Random random;
        private final int fieldsPerOperation;
        private final Map<String, String> pathValues;
        private final boolean signed;
        private final List<Case> cases = new ArrayList<>();

        CaseMaker(Operation op, Schemas schemas, Random random, int fieldsPerOperation,
                Map<String, String> pathValues, boolean signed) {
            this.signed = signed;
            this.op = op;
            this.schemas = schemas;
            this.random = random;
            this.fieldsPerOperation = fieldsPerOperation;
            this.pathValues = pathValues;
        }

        List<Case> cases() {
            Map<String, String> path = new LinkedHashMap<>();
            for (Operation.Parameter p : op.parameters()) {
                if (p.in().equals("path")) {
                    path.put(p.name(), pathValues.getOrDefault(p.name(), defaultPathValue(p)));
                }
            }
            byte[] sample = sampleBody();
            String json = op.takesJson() ? "application/json" : op.bodyMediaType();
            parameterCases(path, sample, json);
            if (op.takesJson()) {
                bodyCases(url(path, Map.of()), sample);
            }
            return cases;
        }

        private String defaultPathValue(Operation.Parameter p) {
            if (p.name().equals("brand")) {
                return "acme";
            }
            return switch (schemas.type(p.schema())) {
                case "integer", "number" -> "1";
                default -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            };
        }

        private byte[] sampleBody() {
            if (op.body() == null) {
                return null;
            }
            if (!op.takesJson()) {
                return "probe".getBytes(StandardCharsets.UTF_8);
            }
            return bytes(schemas.sample(op.body(), random, 0));
        }

        private void parameterCases(Map<String, String> path, byte[] body, String contentType) {
            for (Operation.Parameter p : op.parameters()) {
                String type = schemas.type(p.schema());
                String format = p.schema().path("format").asText("");
                boolean typed = type.equals("integer") || type.equals("number") || type.equals("boolean")
                        || format.equals("uuid") || format.equals("date-time") || format.equals("date");
                if (typed) {
                    add(p, path, "abc", "a value of the wrong type for " + p.in() + " parameter " + p.name(), true,
                            body, contentType);
                }
                if (type.equals("integer")) {
                    add(p, path, "1.5", "a fraction for whole-number parameter " + p.name(), true, body, contentType);
                    add(p, path, "9".repeat(40), "a 40-digit number for parameter " + p.name(), true, body,
                            contentType);
                }
                if (format.equals("date-time")) {
                    add(p, path, "-999999999-01-01T00:00:00Z", "year -999999999 for parameter " + p.name(), true,
                            body, contentType);
                }
                if (type.equals("string") || type.isEmpty()) {
                    String value = p.name().equals("brand") ? "acme" : "probe";
                    add(p, path, value.charAt(0) + "\u0000" + value.substring(1),
                            "a NUL character in " + p.in() + " parameter " + p.name(), true, body, contentType);
                    add(p, path, value + "\u001b[31m", "an escape character in " + p.in() + " parameter " + p.name(),
                            true, body, contentType);
                }
            }
        }

        private void add(Operation.Parameter p, Map<String, String> path, String value, String what, boolean refuse,
                byte[] body, String contentType) {
            Map<String, String> pathHere = new LinkedHashMap<>(path);
            Map<String, String> query = new LinkedHashMap<>();
            if (p.in().equals("path")) {
                pathHere.put(p.name(), value);
            } else {
                query.put(p.name(), value);
            }
            cases.add(new Case(op, what, url(pathHere, query), body == null ? null : contentType, body, refuse,
                    p.name()));
        }

        private void bodyCases(String url, byte[] sample) {
            JsonNode body = JSON.valueToTree(readTree(sample));
            boolean object = body.isObject();
            body(url, "malformed JSON", "{\"".getBytes(StandardCharsets.UTF_8), true, null);
            body(url, "a truncated body", truncate(sample), true, null);
            body(url, "trailing junk after the JSON", concat(sample, " }junk".getBytes(StandardCharsets.UTF_8)), true,
                    null);
            body(url, "an empty body", new byte[0], true, null);
            body(url, "invalid UTF-8", invalidUtf8(body), true, null);
            body(url, "nesting 5,000 levels deep", deep(body, 5_000), true, null);
            if (!signed) {
                cases.add(new Case(op, "no Content-Type", url, null, sample, true, null));
                cases.add(new Case(op, "Content-Type text/plain", url, "text/plain", sample, true, null));
            }
            if (!object) {
                return;
            }
            body(url, "an array instead of an object", "[]".getBytes(StandardCharsets.UTF_8), true, null);
            if (body.size() > 0) {
                String first = body.fieldNames().next();
                String text = new String(sample, StandardCharsets.UTF_8);
                String duplicated = "{\"" + first + "\":" + bytesText(body.get(first)) + "," + text.substring(1);
                body(url, "duplicate key " + first, duplicated.getBytes(StandardCharsets.UTF_8), true, first);
                ObjectNode unknown = body.deepCopy();
                unknown.put("parleyProbeUnknownField", 1);
                body(url, "an unknown field", bytes(unknown), true, "parleyProbeUnknownField");
            }
            List<Schemas.Field> fields = schemas.fields(op.body());
            if (fields.size() > fieldsPerOperation) {
                fields = new ArrayList<>(fields);
                Collections.shuffle(fields, random);
                fields = fields.subList(0, fieldsPerOperation);
            }
            int longStrings = 0;
            for (Schemas.Field field : fields) {
                if (!present(body, field.path())) {
                    continue;
                }
                JsonNode wrong = wrongType(field);
                if (wrong != null) {
                    body(url, "a wrong type for " + field.name() + " (" + wrong + ")",
                            bytes(with(body, field.path(), wrong)), true, field.name());
                }
                body(url, "null for " + field.name(), bytes(with(body, field.path(), NODES.nullNode())), false, null);
                switch (field.type()) {
                    case "string" -> {
                        body(url, "a NUL character in " + field.name(),
                                bytes(with(body, field.path(), NODES.textNode("a\u0000b"))), true, field.name());
                        body(url, "an escape character in " + field.name(),
                                bytes(with(body, field.path(), NODES.textNode("\u001b[2J"))), true, field.name());
                        body(url, "a lone surrogate in " + field.name(),
                                raw(body, field.path(), "\"a\\ud800\""), true, field.name());
                        if (longStrings++ < 3) {
                            body(url, "a 1 MB string in " + field.name(),
                                    bytes(with(body, field.path(), NODES.textNode("ż".repeat(500_000)))), false, null);
                        }
                    }
                    case "integer", "number" -> {
                        body(url, "1e100000 in " + field.name(), raw(body, field.path(), "1e100000"), true,
                                field.name());
                        body(url, "a 400-digit number in " + field.name(), raw(body, field.path(), "9".repeat(400)),
                                true, null);
                        body(url, "-1 in " + field.name(), raw(body, field.path(), "-1"), false, null);
                    }
                    default -> {
                    }
                }
                if (field.format().equals("date-time")) {
                    body(url, "year -999999999 in " + field.name(),
                            bytes(with(body, field.path(), NODES.textNode("-999999999-01-01T00:00:00Z"))), true,
                            field.name());
                }
            }
        }

        private void body(String url, String what, byte[] body, boolean refuse, String target) {
            cases.add(new Case(op, what, url, "application/json", body, refuse, target));
        }

        private String url(Map<String, String> path, Map<String, String> query) {
            String url = op.path();
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", encode(p.getValue()));
            }
            // A template parameter the document did not declare gets a fresh id.
            url = url.replaceAll("\\{[^}]+}", new java.util.UUID(random.nextLong(), random.nextLong()).toString());
            if (!query.isEmpty()) {
                url += "?" + query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
            }
            return url;
        }

        private JsonNode wrongType(Schemas.Field field) {
            return switch (field.type()) {
                case "string" -> NODES.numberNode(12345);
                case "integer" -> random.nextBoolean() ? NODES.textNode("12") : NODES.numberNode(1.5);
                case "number" -> NODES.textNode("12.5");
                case "boolean" -> NODES.textNode("yes");
                case "array" -> NODES.objectNode();
                case "object" -> NODES.arrayNode();
                default -> null;
            };
        }
    }

    private static boolean present(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object step : path) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
            if (node.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the body with the value at path replaced. */
    private static JsonNode with(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** The body with a raw JSON literal (a number Jackson would not write) at path. */
    private static byte[] raw(JsonNode body, List<Object> path, String literal) {
        String marker = "\"parley-probe-raw-literal\"";
        String text = new String(bytes(with(body, path, NODES.textNode("parley-probe-raw-literal"))),
                StandardCharsets.UTF_8);
        return text.replace(marker, literal).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(JsonNode body) {
        String marker = "parley-probe-bytes";
        JsonNode withMarker = body.isObject() && body.size() > 0
                ? with(body, List.of(body.fieldNames().next()), NODES.textNode(marker))
                : NODES.objectNode().put("text", marker);
        String text = new String(bytes(withMarker), StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b'});
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] deep(JsonNode body, int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        if (body.isObject() && body.size() > 0) {
            return ("{\"" + body.fieldNames().next() + "\":" + nested + "}").getBytes(StandardCharsets.UTF_8);
        }
        return nested.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncate(byte[] sample) {
        byte[] out = new byte[Math.max(1, sample.length / 2)];
        System.arraycopy(sample, 0, out, 0, out.length);
        return out.length == sample.length ? "{".getBytes(StandardCharsets.UTF_8) : out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bytesText(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
