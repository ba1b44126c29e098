package io.parley.contracts.outbound;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What Parley asks a platform to do. */
public enum OutboundAction {
    REPLY, HIDE, UNHIDE, DELETE, LIKE, PUBLISH_POST;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
