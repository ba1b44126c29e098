package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.devstack.infra.RepositoryRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lists are pages (docs/api/README.md#lists-are-pages), checked on every GET of every service's document:
 * <ul>
 *   <li>a 200 that is a bare JSON array is refused unless the operation is in the README's table of lists that stay
 *       arrays (fixed enumerations, rankings and streams, with the reason);</li>
 *   <li>a page (a 200 whose schema has {@code nextCursor}) has {@code items} (an array) and {@code nextCursor}, and its
 *       operation takes the query parameters {@code limit} and {@code cursor};</li>
 *   <li>a list in an object ({@code {"items":[…]}}) without {@code nextCursor} is refused unless it is in the table;</li>
 *   <li>every row of the table names a GET the documents have.</li>
 * </ul>
 * Every list that can grow is a page now: there is no table of lists "not yet paged" any more, and no exception but
 * the arrays that stay. The table is read from the README, so what the documentation says and what this test allows
 * cannot differ.
 */
class ListConventionsTest {

    static final String STAY_ARRAYS = "### Lists that stay arrays";

    static List<String> modules() {
        return OpenApiDocuments.modules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyListIsAPageWithLimitAndCursor(String module) {
        JsonNode api = OpenApiDocuments.read(module);
        Set<String> stay = table(STAY_ARRAYS, module);
        List<String> broken = new ArrayList<>();
        Set<String> gets = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String name = "GET " + path.getKey();
            gets.add(name);
            JsonNode schema = resolve(api, success(get));
            if (schema == null) {
                continue;
            }
            boolean allowed = stay.contains(name);
            JsonNode props = schema.path("properties");
            if (isArray(schema)) {
                if (!allowed) {
                    broken.add(name + ": answers a bare array; answer a Page (items, nextCursor), or list it in the "
                            + "README's \"" + STAY_ARRAYS.substring(4) + "\" with the reason");
                }
            } else if (props.has("nextCursor")) {
                if (!isArray(resolve(api, props.path("items")))) {
                    broken.add(name + ": a page without an items array");
                }
                if (!takesLimitAndCursor(get)) {
                    broken.add(name + ": a page whose operation does not take both limit and cursor");
                }
            } else if (props.has("items") && isArray(resolve(api, props.path("items"))) && !allowed) {
                broken.add(name + ": a list ({items}) without nextCursor; make it a Page with limit and cursor");
            }
        }
        for (String row : stay) {
            if (!gets.contains(row)) {
                broken.add(row + ": in the README's table but not in " + module + "'s document");
            }
        }
        assertEquals(List.of(), broken, module + ": " + broken.size() + " lists break the convention");
    }

    private static JsonNode success(JsonNode get) {
        JsonNode content = get.path("responses").path("200").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (type.getKey().contains("json") && type.getValue().has("schema")) {
                return type.getValue().path("schema");
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static boolean isArray(JsonNode schema) {
        if (schema == null) {
            return false;
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("array".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "array".equals(type.asText());
    }

    private static boolean takesLimitAndCursor(JsonNode get) {
        Set<String> query = new HashSet<>();
        for (JsonNode p : get.path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                query.add(p.path("name").asText());
            }
        }
        return query.contains("limit") && query.contains("cursor");
    }

    /** The operations ({@code GET <path>}) of {@code module} in the README table under {@code heading}. */
    static Set<String> table(String heading, String module) {
        Map<String, Set<String>> byModule = new LinkedHashMap<>();
        String readme;
        try {
            readme = Files.readString(RepositoryRoot.find().resolve("docs/api/README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = readme.indexOf("\n" + heading + "\n");
        if (at < 0) {
            throw new IllegalStateException("docs/api/README.md has no section " + heading);
        }
        for (String line : readme.substring(at + heading.length() + 2).split("\n")) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| service")) {
                continue;
            }
            String[] cells = line.split("\\|");
            byModule.computeIfAbsent(cells[1].trim(), k -> new HashSet<>())
                    .add(cells[2].trim().replace("`", ""));
        }
        return byModule.getOrDefault(module, Set.of());
    }
}
