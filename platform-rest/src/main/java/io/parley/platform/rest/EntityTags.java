package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

/**
 * A resource's integer version as an HTTP entity tag ({@code "3"}) and the {@code If-Match} rule for writes that
 * must name the version they change: a missing header is 428 (the write must be conditional), a header that is
 * not one of our tags is 400 naming {@code If-Match}, and a stale one is 409 with the current version in the
 * detail — the caller reads again and retries.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag of a version, quotes included, for an {@code ETag} header. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; 428 when it is missing, 400 when it is not our tag. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match: is required; send the ETag you read, like \"3\"");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this API returned, like \"3\"");
        }
    }

    /** Passes when {@code If-Match} names {@code current}; otherwise 428, 400 or 409 as described above. */
    public static void requireCurrent(String ifMatch, long current) {
        long named = required(ifMatch);
        if (named != current) {
            throw ProblemException.conflict("If-Match: version " + named + " is stale; the current version is "
                    + current + " — read it again and retry");
        }
    }
}
