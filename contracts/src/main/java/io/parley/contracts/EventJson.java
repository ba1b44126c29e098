package io.parley.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads and writes {@link Event}s as CloudEvents structured JSON, UTF-8. Unknown fields are
 * tolerated (a producer may add fields within a version); an unknown event type or a document
 * that is not an event is an {@link UnreadableEventException}, which consumers send to the
 * dead-letter topic.
 *
 * <p>Reading is one pass of a streaming parser over the bytes, binding {@code data} straight to its record once
 * {@code type} has been read (a {@code data} met before {@code type} is buffered as tokens, not parsed twice).
 * Anything that pass does not read cleanly — bad JSON, a missing or odd attribute, an unknown type, a repeated
 * attribute — is read again the way it always was, through a tree, which gives the same event or the same
 * {@link UnreadableEventException} with the same reason as before.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventJson() {
    }

    /** The mapper used for events, for code that needs to write payload fragments the same way. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Event<?> event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public static String toJson(Event<?> event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    public static Event<Payload> fromJson(String json) {
        return fromBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an event of any known type. */
    public static Event<Payload> fromBytes(byte[] json) {
        Event<Payload> event;
        try {
            event = inOnePass(json);
        } catch (IOException | RuntimeException e) {
            event = null;
        }
        // Whatever the single pass could not read, the tree reads (or explains) exactly as before.
        return event != null ? event : throughTree(json);
    }

    /** The fields the single pass reads, as bits: a repeated one leaves the document to the tree. */
    private static final String[] ATTRIBUTES = {"specversion", "id", "source", "type", "subject", "brand", "time",
            "observedtime", "datacontenttype", "data"};

    /**
     * The event read in one streaming pass, or {@code null} (or an exception) when the document is anything but a
     * well-formed event of a known type with each attribute once: the caller then reads it through the tree.
     */
    static Event<Payload> inOnePass(byte[] json) throws IOException {
        String[] text = new String[ATTRIBUTES.length];
        int seen = 0;
        Payload data = null;
        TokenBuffer dataBeforeType = null;
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    return null;
                }
                int attribute = attributeIndex(parser.currentName());
                JsonToken value = parser.nextToken();
                if (attribute < 0) {
                    parser.skipChildren();
                    continue;
                }
                if ((seen & (1 << attribute)) != 0) {
                    return null;
                }
                seen |= 1 << attribute;
                if (attribute == DATA) {
                    if (value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    if (text[TYPE] == null) {
                        dataBeforeType = TokenBuffer.asCopyOfValue(parser);
                    } else {
                        Class<? extends Payload> payloadType = EventTypes.payloadOf(text[TYPE]).orElse(null);
                        if (payloadType == null) {
                            return null;
                        }
                        data = MAPPER.readValue(parser, payloadType);
                    }
                } else if (value == JsonToken.VALUE_STRING) {
                    text[attribute] = parser.getText();
                } else if (value != JsonToken.VALUE_NULL) {
                    return null;
                }
            }
        }
        if (text[TYPE] == null) {
            return null;
        }
        Class<? extends Payload> payloadType = EventTypes.payloadOf(text[TYPE]).orElse(null);
        if (payloadType == null) {
            return null;
        }
        if (dataBeforeType != null) {
            try (JsonParser buffered = dataBeforeType.asParser(MAPPER)) {
                data = MAPPER.readValue(buffered, payloadType);
            }
        }
        if (data == null || text[ID] == null || text[BRAND] == null || text[TIME] == null || text[OBSERVED_TIME] == null) {
            return null;
        }
        return new Event<>(
                text[SPEC_VERSION] != null ? text[SPEC_VERSION] : Event.SPEC_VERSION,
                UUID.fromString(text[ID]),
                text[SOURCE] != null ? URI.create(text[SOURCE]) : null,
                text[TYPE],
                text[SUBJECT],
                text[BRAND],
                Instant.parse(text[TIME]),
                Instant.parse(text[OBSERVED_TIME]),
                text[CONTENT_TYPE] != null ? text[CONTENT_TYPE] : Event.JSON,
                data);
    }

    private static final int SPEC_VERSION = 0;
    private static final int ID = 1;
    private static final int SOURCE = 2;
    private static final int TYPE = 3;
    private static final int SUBJECT = 4;
    private static final int BRAND = 5;
    private static final int TIME = 6;
    private static final int OBSERVED_TIME = 7;
    private static final int CONTENT_TYPE = 8;
    private static final int DATA = 9;

    private static int attributeIndex(String name) {
        for (int i = 0; i < ATTRIBUTES.length; i++) {
            if (ATTRIBUTES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The event read through a tree: slower (two passes), and the one place that words why a document is unreadable. */
    static Event<Payload> throughTree(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UnreadableEventException("not JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode node)) {
            throw new UnreadableEventException("an event must be a JSON object");
        }
        String type = text(node, "type");
        Class<? extends Payload> payloadType = EventTypes.payloadOf(type)
                .orElseThrow(() -> new UnreadableEventException("unknown event type '" + type + "'"));
        try {
            Payload data = MAPPER.treeToValue(required(node, "data"), payloadType);
            return new Event<>(
                    node.path("specversion").asText(Event.SPEC_VERSION),
                    UUID.fromString(text(node, "id")),
                    node.hasNonNull("source") ? URI.create(node.get("source").asText()) : null,
                    type,
                    node.hasNonNull("subject") ? node.get("subject").asText() : null,
                    text(node, "brand"),
                    Instant.parse(text(node, "time")),
                    Instant.parse(text(node, "observedtime")),
                    node.path("datacontenttype").asText(Event.JSON),
                    data);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableEventException u) {
                throw u;
            }
            throw new UnreadableEventException("event of type '" + type + "' is malformed: " + e.getMessage(), e);
        }
    }

    /** Reads an event and checks that its data is of the expected record. */
    @SuppressWarnings("unchecked")
    public static <T extends Payload> Event<T> fromBytes(byte[] json, Class<T> expected) {
        Event<Payload> event = fromBytes(json);
        if (!expected.isInstance(event.data())) {
            throw new UnreadableEventException("expected " + expected.getSimpleName() + " but got " + event.type());
        }
        return (Event<T>) (Event<?>) event;
    }

    private static JsonNode required(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UnreadableEventException("event has no '" + field + "'");
        }
        return value;
    }

    private static String text(ObjectNode node, String field) {
        return required(node, field).asText();
    }

    /** The bytes are not a Parley event this version can read. */
    public static final class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message) {
            super(message);
        }

        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
