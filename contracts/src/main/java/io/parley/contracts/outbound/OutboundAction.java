package io.parley.contracts.outbound;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What Parley asks a platform to do. {@code DELETE} removes a comment; {@code PUBLISH_POST}, {@code EDIT_POST} and
 * {@code DELETE_POST} publish, change and remove the brand's own post; a post's first comment is a {@code REPLY} to it.
 */
public enum OutboundAction {
    REPLY, HIDE, UNHIDE, DELETE, LIKE, PUBLISH_POST, EDIT_POST, DELETE_POST;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
