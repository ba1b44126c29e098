package io.parley.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What kind of thing a person said or did on a channel. */
public enum InteractionKind {
    COMMENT, REPLY, MENTION, DIRECT_MESSAGE, REACTION, REVIEW;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
