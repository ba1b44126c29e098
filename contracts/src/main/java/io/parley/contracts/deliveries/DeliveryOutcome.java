package io.parley.contracts.deliveries;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How an outbound action ended. */
public enum DeliveryOutcome {
    /** The platform accepted it (or, for a sandbox account, the request was recorded). */
    DELIVERED,
    /** The platform refused it for good; {@code reason} says why. */
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
