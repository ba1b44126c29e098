package io.parley.contracts.deliveries;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How an outbound action ended. */
public enum DeliveryOutcome {
    /** The platform accepted it (or, for a sandbox account, the request was recorded). */
    DELIVERED,
    /** The platform refused it for good; {@code reason} says why. */
    FAILED,
    /** Not sent yet and will be: rate-limited, or waiting for the channel to be reconnected ({@code retryAt}). */
    DELAYED,
    /** The request left and no answer came; the gateway is reconciling, and a later report settles it. */
    UNKNOWN;

    /** Delivered and failed end an action; delayed and unknown are on the way to one of them. */
    public boolean isFinal() {
        return this == DELIVERED || this == FAILED;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
