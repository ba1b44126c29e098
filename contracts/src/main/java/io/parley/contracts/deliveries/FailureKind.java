package io.parley.contracts.deliveries;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why an outbound action did not (yet) go through, in classes a person can act on. */
public enum FailureKind {
    /** The platform no longer accepts the channel's token: the channel needs reconnecting. */
    AUTHORIZATION,
    /** The platform refused the content itself (its message is in the report's reason). */
    CONTENT_REFUSED,
    /** The platform's rate limit: tried again after it resets. */
    RATE_LIMITED,
    /** A passing fault before the request reached the platform: tried again with back-off. */
    TRANSIENT,
    /** The request left and no answer came. */
    UNKNOWN_OUTCOME,
    /** The network cannot do this (e.g. editing a post on X). */
    UNSUPPORTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
