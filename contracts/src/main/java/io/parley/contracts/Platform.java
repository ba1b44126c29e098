package io.parley.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The networks and sources Parley hears and speaks on. Serialised in lower case ({@code facebook}). */
public enum Platform {
    FACEBOOK, INSTAGRAM, X, LINKEDIN, YOUTUBE, TIKTOK, VK, TELEGRAM, FORUM, RSS, GENERIC;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a platform id case-insensitively; unknown ids are an {@link IllegalArgumentException}. */
    @JsonCreator
    public static Platform fromId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("platform is missing");
        }
        for (Platform p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform '" + id + "'");
    }
}
