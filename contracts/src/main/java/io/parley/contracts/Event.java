package io.parley.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope of every Parley event: a CloudEvents 1.0 structured-mode JSON document, so that
 * integrators can read it with any CloudEvents SDK. {@code brand} and {@code observedtime} are
 * CloudEvents extension attributes.
 *
 * @param id           unique per event; consumers de-duplicate on it
 * @param source       the service that emitted it, e.g. {@code /parley/ingest-service}
 * @param type         what happened, e.g. {@code parley.interaction.received.v1}
 * @param subject      the entity the event is about (conversation id, post id, brand)
 * @param brand        the brand the event belongs to
 * @param time         when it happened (on the platform, or in the service)
 * @param observedTime when Parley observed it
 * @param data         the payload, one of the records in {@link Payload}'s permitted subtypes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event<T extends Payload>(
        @JsonProperty("specversion") String specVersion,
        UUID id,
        URI source,
        String type,
        String subject,
        String brand,
        Instant time,
        @JsonProperty("observedtime") Instant observedTime,
        @JsonProperty("datacontenttype") String dataContentType,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(observedTime, "observedTime");
        Objects.requireNonNull(data, "data");
    }

    /** A new event about {@code subject}; the type comes from the payload. */
    public static <T extends Payload> Event<T> of(UUID id, String service, String brand, String subject, Instant time,
            Instant observedTime, T data) {
        return new Event<>(SPEC_VERSION, id, URI.create("/parley/" + service), data.eventType(), subject, brand, time,
                observedTime, JSON, data);
    }

    /** The topic this event belongs on. */
    @JsonIgnore
    public String topic() {
        return data.topic();
    }
}
