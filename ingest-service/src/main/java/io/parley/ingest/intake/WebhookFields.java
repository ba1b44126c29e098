package io.parley.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Typed reads of a platform's webhook fields. Jackson's {@code path(..).asText()} turns anything into
 * text — {@code "message":{}} into an empty comment, {@code "from":"x"} into no author (issue 18) — so the
 * parsers read through these instead: a field that is absent or {@code null} reads as absent, a field of
 * the platform's type reads as its value, and any other type is a {@link MalformedWebhookException}
 * naming the field by its path ({@code at} is the path of {@code parent}, e.g. {@code entry[0].changes[1].value}).
 * Ids may be strings or whole numbers (the platforms send both); times are whole numbers or digit strings.
 */
public final class WebhookFields {

    private WebhookFields() {
    }

    public static String path(String at, String name) {
        return at == null || at.isEmpty() ? name : at + "." + name;
    }

    public static String path(String at, String name, int index) {
        return path(at, name) + "[" + index + "]";
    }

    private static JsonNode field(JsonNode parent, String name) {
        JsonNode value = parent == null ? null : parent.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    /** A string, or null when absent. */
    public static String text(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedWebhookException(path(at, name), "must be a string, not " + kind(value));
        }
        return value.textValue();
    }

    /** A string that must be there. */
    public static String requiredText(JsonNode parent, String name, String at) throws MalformedWebhookException {
        String value = text(parent, name, at);
        if (value == null || value.isBlank()) {
            throw new MalformedWebhookException(path(at, name), "is required");
        }
        return value;
    }

    /** An id: a non-blank string or a whole number; null when absent. */
    public static String id(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        return value == null ? null : idValue(value, path(at, name));
    }

    /** An id standing on its own (an array's element): a non-blank string or a whole number. */
    public static String idValue(JsonNode value, String at) throws MalformedWebhookException {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (!value.isTextual()) {
            throw new MalformedWebhookException(at, "must be an id (a string or a whole number), not " + kind(value));
        }
        if (value.textValue().isBlank()) {
            throw new MalformedWebhookException(at, "must not be blank");
        }
        return value.textValue();
    }

    /** An id that must be there. */
    public static String requiredId(JsonNode parent, String name, String at) throws MalformedWebhookException {
        String value = id(parent, name, at);
        if (value == null) {
            throw new MalformedWebhookException(path(at, name), "is required");
        }
        return value;
    }

    /** An object; a missing node (which reads as empty) when absent. */
    public static JsonNode object(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        if (value == null) {
            return MissingNode.getInstance();
        }
        if (!value.isObject()) {
            throw new MalformedWebhookException(path(at, name), "must be an object, not " + kind(value));
        }
        return value;
    }

    /** An array; a missing node (which iterates as empty) when absent. */
    public static JsonNode array(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        if (value == null) {
            return MissingNode.getInstance();
        }
        if (!value.isArray()) {
            throw new MalformedWebhookException(path(at, name), "must be an array, not " + kind(value));
        }
        return value;
    }

    /** A whole number (or a string of digits, as some platforms send); 0 when absent. */
    public static long number(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        if (value == null) {
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.textValue().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(value.textValue());
        }
        throw new MalformedWebhookException(path(at, name), "must be a whole number, not " + kind(value));
    }

    /** true or false; false when absent. */
    public static boolean bool(JsonNode parent, String name, String at) throws MalformedWebhookException {
        JsonNode value = field(parent, name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new MalformedWebhookException(path(at, name), "must be true or false, not " + kind(value));
        }
        return value.booleanValue();
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
