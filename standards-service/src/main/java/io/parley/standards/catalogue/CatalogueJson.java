package io.parley.standards.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.parley.platform.problem.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * Reads a catalogue document into {@link Catalogue} without stopping at the first wrong type: every
 * field of the wrong type, every unknown value and every unknown field is collected with its path
 * ({@code content.forbidden[3].severity}), so that one 422 names them all. Also writes the stored
 * JSON document of a version.
 */
public final class CatalogueJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("catalogue-numbers")
                    .addDeserializer(Integer.class, new NumbersOnly<>(Integer.class, JsonParser::getIntValue))
                    .addDeserializer(Double.class, new NumbersOnly<>(Double.class, JsonParser::getDoubleValue)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CatalogueJson() {
    }

    /**
     * A number only from a JSON number (ADR 8: "12" is not twelve minutes): anything else is named by the
     * {@link Collector}, which reads on with a null, so every wrong field of a document is named at once.
     */
    private static final class NumbersOnly<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Reading<T> reading;

        NumbersOnly(Class<T> type, Reading<T> reading) {
            this.type = type;
            this.reading = reading;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)
                    || (type == Double.class && p.hasToken(JsonToken.VALUE_NUMBER_FLOAT))) {
                return reading.read(p);
            }
            return (T) ctxt.handleUnexpectedToken(type, p);
        }

        interface Reading<T> {
            T read(JsonParser p) throws IOException;
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The catalogue and the fields that could not be read; fields that could not be read are null. */
    public record Read(Catalogue catalogue, List<Problem.FieldError> errors) {
    }

    public static Read read(JsonNode document, String prefix) {
        Collector collector = new Collector(prefix);
        if (document == null || !document.isObject()) {
            return new Read(null, List.of(new Problem.FieldError(prefix.isEmpty() ? "body" : prefix,
                    "must be a catalogue object")));
        }
        try {
            Catalogue catalogue = MAPPER.readerFor(Catalogue.class).withHandler(collector).readValue(document);
            return new Read(catalogue, collector.errors);
        } catch (JsonMappingException e) {
            collector.errors.add(new Problem.FieldError(collector.join(pathOf(e)), e.getOriginalMessage()));
            return new Read(null, collector.errors);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode tree(Catalogue catalogue) {
        return MAPPER.valueToTree(catalogue);
    }

    public static String write(Catalogue catalogue) {
        try {
            return MAPPER.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored document; it was valid when it was stored. */
    public static Catalogue parse(String json) {
        try {
            return MAPPER.readValue(json, Catalogue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored catalogue cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Records each problem with its path and goes on with a null in place of the bad value. */
    private static final class Collector extends DeserializationProblemHandler {
        final List<Problem.FieldError> errors = new ArrayList<>();
        final String prefix;

        Collector(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            errors.add(new Problem.FieldError(join(path(valueContext(p), propertyName)), "is not a known field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            errors.add(new Problem.FieldError(join(path(ctxt.getParser().getParsingContext(), null)),
                    expected(targetType) + ", was '" + value + "'"));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            errors.add(new Problem.FieldError(join(path(ctxt.getParser().getParsingContext(), null)),
                    expected(targetType) + ", was " + value));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            errors.add(new Problem.FieldError(join(path(valueContext(p), null)),
                    expected(targetType.getRawClass()) + ", was " + describe(t)));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            errors.add(new Problem.FieldError(join(path(valueContext(p), null)),
                    expected(instClass) + ", was " + describe(p.currentToken())));
            p.skipChildren();
            return null;
        }

        String join(String path) {
            if (prefix.isEmpty()) {
                return path.isEmpty() ? "body" : path;
            }
            return path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
        }

        /** The context the current value belongs to: for an object or array just opened, the one around it. */
        private static JsonStreamContext valueContext(JsonParser p) {
            JsonToken t = p.currentToken();
            JsonStreamContext c = p.getParsingContext();
            return (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null ? c.getParent() : c;
        }

        private static String path(JsonStreamContext context, String extraField) {
            LinkedList<String> parts = new LinkedList<>();
            if (extraField != null) {
                parts.addFirst("." + extraField);
            }
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.inObject() && c.getCurrentName() != null && !(c == context && extraField != null)) {
                    parts.addFirst("." + c.getCurrentName());
                }
            }
            String joined = String.join("", parts);
            return joined.startsWith(".") ? joined.substring(1) : joined;
        }

        private static String describe(JsonToken t) {
            if (t == null) {
                return "nothing";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> t.asString();
            };
        }

        private static String expected(Class<?> type) {
            if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                for (Object constant : type.getEnumConstants()) {
                    values.add(MAPPER.convertValue(constant, String.class));
                }
                return "must be one of " + String.join(", ", values);
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "must be a whole number";
            }
            if (type == Double.class || type == double.class) {
                return "must be a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "must be true or false";
            }
            if (type == String.class) {
                return "must be a string";
            }
            if (List.class.isAssignableFrom(type)) {
                return "must be an array";
            }
            if (type == java.time.LocalDate.class) {
                return "must be a date like 2026-12-24";
            }
            if (type == java.time.LocalTime.class) {
                return "must be a time like 08:30";
            }
            if (type == java.time.DayOfWeek.class) {
                return "must be a day like MONDAY";
            }
            return "must be an object";
        }
    }
}
