package io.parley.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The data of an event. Each implementation is a record with a stable event type and a topic;
 * {@link EventTypes} lists them all so that a reader can map a type back to its record.
 */
public interface Payload {

    /** The CloudEvents {@code type} of events carrying this payload. */
    @JsonIgnore
    String eventType();

    /** The topic events carrying this payload are published on. */
    @JsonIgnore
    String topic();
}
