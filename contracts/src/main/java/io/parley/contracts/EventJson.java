package io.parley.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
