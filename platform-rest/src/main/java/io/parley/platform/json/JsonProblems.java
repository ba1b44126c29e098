package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.parley.platform.problem.Excerpt;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says precisely what is wrong with a JSON document a caller sent, from whatever Jackson threw: the
 * field (as a path like {@code targets[0].minutes}, or null for the document as a whole) and a
 * message a caller can act on. Values are echoed only as {@link Excerpt}s.
 */
public final class JsonProblems {

    /** One problem: the field it concerns (null: the whole body) and what is wrong. */
    public record JsonProblem(String field, String message) {

        /** The detail of a problem document: {@code field: message}, or the message alone. */
        public String detail() {
            return field == null ? message : field + ": " + message;
        }
    }

    private JsonProblems() {
    }

    public static JsonProblem describe(JsonProcessingException e) {
        String field = fieldOf(e);
        JsonProcessingException root = innermost(e);
        if (root instanceof ForbiddenTextException text) {
            String where = pathOf(text.pointer());
            return new JsonProblem(where == null ? null : Excerpt.of(where), text.problem());
        }
        if (root instanceof StreamConstraintsException limit) {
            return new JsonProblem(field, limitMessage(limit.getOriginalMessage()));
        }
        if (root instanceof JsonParseException parse) {
            String message = Objects.toString(parse.getOriginalMessage(), "");
            if (message.startsWith("Duplicate field")) {
                return new JsonProblem(pointerField(parse), "appears more than once; each field may appear once");
            }
            String where = location(parse.getLocation());
            if (message.contains("UTF-8") || message.contains("UTF8")) {
                return new JsonProblem(null, "the body is not valid UTF-8" + where);
            }
            return new JsonProblem(null, "the body is not valid JSON" + where);
        }
        if (e instanceof OutOfRangeValueException range) {
            return new JsonProblem(field, range.problem());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new JsonProblem(field, "is not a field of this request"
                    + (known.isEmpty() ? "" : Excerpt.bounded(" (its fields: " + known + ")")));
        }
        if (e instanceof InvalidFormatException format) {
            return new JsonProblem(field, "must be " + kind(format.getTargetType()) + ", was "
                    + Excerpt.of(sent(format)));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = Objects.toString(mismatch.getOriginalMessage(), "");
            if (message.startsWith("No content to map")) {
                return new JsonProblem(null, "a JSON body is required");
            }
            if (message.startsWith("Trailing token")) {
                return new JsonProblem(null, "the body has more after its JSON value; send exactly one JSON value");
            }
            String got = got(mismatch);
            if (field == null) {
                return new JsonProblem(null, "the body must be " + kind(mismatch.getTargetType()) + got);
            }
            return new JsonProblem(field, "must be " + kind(mismatch.getTargetType()) + got);
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() != null
                && !(mapping.getCause() instanceof JsonProcessingException)) {
            // A record's own check (IllegalArgumentException from its constructor) or a value's parser.
            Throwable cause = mapping.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String reason = cause.getMessage() == null ? "is not valid" : Excerpt.bounded(cause.getMessage());
            return new JsonProblem(field, reason);
        }
        return new JsonProblem(field, "cannot be read" + location(e.getLocation()));
    }

    /** The field path Jackson recorded, e.g. {@code targets[0].minutes}; null when none. */
    private static String fieldOf(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String path = m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                                : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
                        .collect(Collectors.joining());
                path = path.startsWith(".") ? path.substring(1) : path;
                return path.isEmpty() ? null : path;
            }
        }
        return null;
    }

    private static JsonProcessingException innermost(JsonProcessingException e) {
        JsonProcessingException found = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                found = j;
            }
        }
        return found;
    }

    private static String pointerField(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return pathOf(parser.getParsingContext().pathAsPointer().toString());
        }
        return null;
    }

    /** {@code /targets/0/minutes} as {@code targets[0].minutes}. */
    static String pathOf(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (String step : pointer.substring(1).split("/", -1)) {
            String name = step.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && path.length() > 0) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    private static String limitMessage(String jackson) {
        String message = Objects.toString(jackson, "");
        if (message.startsWith("Document nesting depth") || message.contains("nesting depth")) {
            return "the body nests objects and arrays deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels";
        }
        if (message.startsWith("Number value length") || message.contains("Number")) {
            return "a number is longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters";
        }
        if (message.startsWith("String value length") || message.contains("String")) {
            return "a string is longer than " + JsonLimits.MAX_STRING_LENGTH + " characters";
        }
        return "the body exceeds a limit on its size";
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static final java.util.regex.Pattern QUOTED_VALUE = java.util.regex.Pattern.compile(
            "^Cannot coerce [A-Za-z-]+ value \\((.{1,200}?)\\) to");

    /** The value as the caller wrote it ({@code 1e100000}, not the Infinity Jackson made of it). */
    private static Object sent(InvalidFormatException e) {
        java.util.regex.Matcher quoted = QUOTED_VALUE.matcher(Objects.toString(e.getOriginalMessage(), ""));
        if (quoted.find()) {
            return quoted.group(1);
        }
        if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null
                && parser.currentToken().isScalarValue()) {
            try {
                return parser.getText();
            } catch (java.io.IOException | RuntimeException unreadable) {
                return e.getValue();
            }
        }
        return e.getValue();
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("JsonToken\\.([A-Z_]+)");
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(
            "(?:coerce|from) (String|Integer|Floating-point|Boolean|Array|Object) value");

    private static String got(MismatchedInputException e) {
        String message = Objects.toString(e.getOriginalMessage(), "");
        java.util.regex.Matcher token = TOKEN.matcher(message);
        String what = null;
        if (token.find()) {
            what = switch (token.group(1)) {
                case "START_OBJECT", "END_OBJECT", "FIELD_NAME" -> "an object";
                case "START_ARRAY", "END_ARRAY" -> "an array";
                case "VALUE_STRING" -> "text";
                case "VALUE_NUMBER_INT" -> "a whole number";
                case "VALUE_NUMBER_FLOAT" -> "a number with a fraction or exponent";
                case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
                case "VALUE_NULL" -> "null";
                default -> null;
            };
        } else {
            java.util.regex.Matcher shape = SHAPE.matcher(message);
            if (shape.find()) {
                what = switch (shape.group(1)) {
                    case "String" -> "text";
                    case "Integer" -> "a whole number";
                    case "Floating-point" -> "a number with a fraction or exponent";
                    case "Boolean" -> "true or false";
                    case "Array" -> "an array";
                    default -> "an object";
                };
            }
        }
        return what == null ? "" : ", was " + what;
    }

    /** What a caller must send for a Java type, in words. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an id (a UUID like 3f2c4a9e-0b1d-4c8e-9a57-2d6f1e0c7b44)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.ZonedDateTime.class) {
            return "an ISO-8601 instant like 2026-11-01T09:00:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2026-11-01";
        }
        if (type == java.time.Duration.class) {
            return "an ISO-8601 duration like PT15M";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return Excerpt.bounded("one of " + java.util.Arrays.stream(constants).map(c -> {
                try {
                    var json = type.getField(((Enum<?>) c).name())
                            .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    return json != null && !json.value().isEmpty() ? json.value() : ((Enum<?>) c).name();
                } catch (NoSuchFieldException e) {
                    return ((Enum<?>) c).name();
                }
            }).collect(Collectors.joining(", ")));
        }
        if (type == byte[].class) {
            return "base64 text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
