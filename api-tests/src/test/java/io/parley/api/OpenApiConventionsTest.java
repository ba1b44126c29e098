package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parley's API conventions (docs/api/README.md), checked on every operation of every service's document: a tag, a
 * summary and a description; an operationId, unique in the service, as a generated client's method name; a success;
 * every 4xx and 5xx answered as {@code application/problem+json}, with an example; 401 and 403 on every operation that
 * needs a token; a server to call. (Whether an example agrees with its schema is Redocly's check: OpenApiLintTest.)
 */
class OpenApiConventionsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static List<String> modules() {
        return OpenApiDocuments.modules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyOperationFollowsTheConventions(String module) {
        JsonNode api = OpenApiDocuments.read(module);
        List<String> broken = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        boolean securedByDefault = api.path("security").size() > 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                JsonNode op = entry.getValue();
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                if (op.path("tags").isEmpty()) {
                    broken.add(name + ": no tag");
                }
                if (op.path("summary").asText().isBlank()) {
                    broken.add(name + ": no summary");
                }
                if (op.path("description").asText().isBlank()) {
                    broken.add(name + ": no description");
                }
                String id = op.path("operationId").asText();
                if (id.isBlank() || !id.matches("[a-z][A-Za-z0-9]*")) {
                    broken.add(name + ": operationId '" + id + "' is not a lowerCamel name");
                } else if (operationIds.putIfAbsent(id, name) != null) {
                    broken.add(name + ": operationId '" + id + "' is also " + operationIds.get(id) + "'s");
                }
                JsonNode responses = op.path("responses");
                List<String> statuses = new ArrayList<>();
                responses.fieldNames().forEachRemaining(statuses::add);
                if (statuses.stream().noneMatch(s -> s.startsWith("2") || s.startsWith("3"))) {
                    broken.add(name + ": no success");
                }
                boolean secured = op.has("security") ? op.path("security").size() > 0 : securedByDefault;
                if (secured && !(statuses.contains("401") && statuses.contains("403"))) {
                    broken.add(name + ": needs a token but does not document 401 and 403");
                }
                for (String status : statuses) {
                    JsonNode content = responses.path(status).path("content");
                    if ((status.startsWith("4") || status.startsWith("5"))
                            && !content.has("application/problem+json")) {
                        broken.add(name + " " + status + ": not application/problem+json");
                    }
                    if ((status.startsWith("4") || status.startsWith("5")) && content.has("application/problem+json")
                            && !content.path("application/problem+json").has("examples")) {
                        broken.add(name + " " + status + ": a problem without an example");
                    }
                }
            }
        }
        assertTrue(operations > 0, module + " documents no operation");
        assertFalse(api.path("servers").isEmpty(), module + " names no server");
        assertEquals(List.of(), broken, module + ": " + broken.size() + " of the conventions broken");
    }
}
