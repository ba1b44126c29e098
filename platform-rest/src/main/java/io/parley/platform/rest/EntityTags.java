package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.util.OptionalLong;

/**
 * The one way Parley's APIs use entity tags: a resource's integer version is its {@code ETag} ({@code "3"}), and a
 * write that names the version it changes sends it back in {@code If-Match}. One rule for every service:
 * <ul>
 * <li>a tag is read weak or strong alike ({@code W/"3"} is {@code "3"}); {@code *} names no version;</li>
 * <li>a header that is not one of our tags is 400 naming {@code If-Match};</li>
 * <li>a stale version is <b>412</b> (precondition failed), with the current version in the detail;</li>
 * <li>where a resource requires the condition ({@link #requireCurrent}), a missing header (or {@code *}) is 428;
 *     where it is optional ({@link #checkIfNamed}), a missing header writes over whatever is current.</li>
 * </ul>
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag of a version, quotes included, for an {@code ETag} header. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names: none when it is missing or {@code *}; 400 when not our tag. */
    public static OptionalLong named(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(version);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this API returned, like \"3\"");
        }
    }

    /** The version a required {@code If-Match} names; 428 when it is missing or {@code *}, 400 when not our tag. */
    public static long required(String ifMatch) {
        OptionalLong named = named(ifMatch);
        if (named.isEmpty()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match: is required; send the ETag you read, like \"3\"");
        }
        return named.getAsLong();
    }

    /** Passes when the required {@code If-Match} names {@code current}; otherwise 428, 400 or 412. */
    public static void requireCurrent(String ifMatch, long current) {
        long named = required(ifMatch);
        if (named != current) {
            throw stale(named, current);
        }
    }

    /** Passes when {@code If-Match} is missing or names {@code current}; otherwise 400 or 412. */
    public static void checkIfNamed(String ifMatch, long current) {
        OptionalLong named = named(ifMatch);
        if (named.isPresent() && named.getAsLong() != current) {
            throw stale(named.getAsLong(), current);
        }
    }

    /** The 412 for a write that named {@code named} while the resource is at {@code current}. */
    public static ProblemException stale(long named, long current) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match: version " + named
                + " is stale; the current version is " + current + " — read it again and retry");
    }
}
