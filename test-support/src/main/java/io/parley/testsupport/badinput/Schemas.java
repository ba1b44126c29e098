package io.parley.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Reads JSON schemas of an OpenAPI 3.0 or 3.1 document: resolves $refs, names types, makes sample values. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode components;

    Schemas(JsonNode openApi) {
        this.components = openApi.path("components").path("schemas");
    }

    /** The schema with $ref, allOf (first), anyOf/oneOf (first non-null) followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int guard = 0; guard < 10 && current != null; guard++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && !current.has("properties") && current.get("allOf").size() > 0) {
                current = current.get("allOf").get(0);
            } else if ((current.has("oneOf") || current.has("anyOf")) && !current.has("type")) {
                JsonNode options = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
                JsonNode chosen = null;
                for (JsonNode option : options) {
                    if (!"null".equals(option.path("type").asText())) {
                        chosen = option;
                        break;
                    }
                }
                current = chosen;
            } else {
                return current;
            }
        }
        return current == null ? NODES.objectNode() : current;
    }

    /** The schema's main type: object, array, string, integer, number, boolean, or "" when free. */
    String type(JsonNode schema) {
        JsonNode s = resolve(schema);
        JsonNode type = s.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }

    /** A plausible value for the schema: enums' first value, minimums, formats honoured. */
    JsonNode sample(JsonNode schema, Random random, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String format = s.path("format").asText("");
        switch (type(s)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    if (!p.getValue().path("readOnly").asBoolean(false)) {
                        object.set(p.getKey(), sample(p.getValue(), random, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth <= 4 && s.has("items")) {
                    array.add(sample(s.get("items"), random, depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            case "number":
                return NODES.numberNode(Math.max(1, s.path("minimum").asDouble(1)));
            case "boolean":
                return NODES.booleanNode(true);
            case "string":
                return NODES.textNode(switch (format) {
                    case "date-time" -> "2026-11-01T09:00:00Z";
                    case "date" -> "2026-11-01";
                    case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                    case "duration" -> "PT15M";
                    case "byte" -> "cHJvYmU=";
                    case "uri", "url" -> "https://example.com/probe";
                    case "email" -> "probe@example.com";
                    default -> "probe";
                });
            default:
                return NODES.objectNode();
        }
    }

    /** The properties reachable from a schema, depth first up to two levels, with array items as [0]. */
    List<Field> fields(JsonNode schema) {
        List<Field> out = new ArrayList<>();
        collect(resolve(schema), new ArrayList<>(), out, 0);
        return out;
    }

    private void collect(JsonNode schema, List<Object> prefix, List<Field> out, int depth) {
        if (depth > 2) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            if (p.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            List<Object> path = new ArrayList<>(prefix);
            path.add(p.getKey());
            JsonNode resolved = resolve(p.getValue());
            out.add(new Field(path, resolved, type(resolved)));
            if ("object".equals(type(resolved))) {
                collect(resolved, path, out, depth + 1);
            } else if ("array".equals(type(resolved)) && resolved.has("items")
                    && "object".equals(type(resolved.get("items")))) {
                List<Object> item = new ArrayList<>(path);
                item.add(0);
                collect(resolve(resolved.get("items")), item, out, depth + 1);
            }
        }
    }

    /** A field of a body: its path (names and array indexes), schema and type. */
    record Field(List<Object> path, JsonNode schema, String type) {

        /** As the problem documents name it: {@code lines[0].sku}. */
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.length() == 0 ? "" : ".").append(step);
                }
            }
            return name.toString();
        }

        String format() {
            return schema.path("format").asText("");
        }

        boolean isEnum() {
            return schema.has("enum");
        }
    }
}
