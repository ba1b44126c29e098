package io.parley.standards.catalogue;

import io.parley.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

import java.util.OptionalLong;

/** The version of a brand's standards as an HTTP entity tag ({@code "3"}), and back from {@code If-Match}. */
public final class VersionTags {

    private VersionTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} names: none for a missing header or {@code *} (any current
     * version); a weak tag is read like a strong one. Anything else is a 400 naming the header.
     */
    public static OptionalLong expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this API returned, like \"3\"");
        }
    }
}
