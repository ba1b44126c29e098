package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The opaque cursor of a keyset-paginated list: the listing's name and the last row's sort key(s), each
 * percent-encoded and joined by {@code |}, in base64url without padding. A client passes it back unread; a cursor
 * that is garbled, tampered with or handed out by another listing is a 400 problem naming {@code cursor}.
 *
 * <pre>{@code
 * String next = Cursor.encode("report-history", lastSeq);                   // a Page's nextCursor
 * Cursor.Position after = Cursor.decode("report-history", cursor, 1);       // null cursor: the first page
 * ... WHERE brand = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3   with after.number(0), limit + Page.LOOKAHEAD
 * }</pre>
 */
public final class Cursor {

    /** The parameter a cursor comes in as, and the field a bad one's problem names. */
    public static final String PARAMETER = "cursor";

    /** The most characters a cursor may have; longer is not one this API handed out. */
    static final int LONGEST = 1024;

    /** What the problem says of a cursor this API did not hand out. */
    public static final String NOT_OURS = "is not a cursor this API returned";

    private Cursor() {
    }

    /** The cursor after a row whose sort keys are {@code keys} (instants, UUIDs, numbers or text), in {@code listing}. */
    public static String encode(String listing, Object... keys) {
        StringBuilder plain = new StringBuilder(part(listing));
        for (Object key : keys) {
            if (key == null) {
                throw new IllegalArgumentException("a sort key of " + listing + " is null");
            }
            plain.append('|').append(part(key.toString()));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor of {@code listing} with {@code keys} sort keys names; null when {@code cursor} is null
     * (the first page). Anything else is a 400 naming {@code cursor}.
     */
    public static Position decode(String listing, String cursor, int keys) {
        if (cursor == null) {
            return null;
        }
        String[] parts = parts(cursor);
        if (parts.length != keys + 1 || !parts[0].equals(listing)) {
            throw bad();
        }
        return new Position(List.of(Arrays.copyOfRange(parts, 1, parts.length)));
    }

    /**
     * The position a cursor of {@code listing} names, with however many sort keys it carries (a listing whose
     * position is not a fixed number of keys: one offset per Kafka partition); null when {@code cursor} is null.
     * Anything else is a 400 naming {@code cursor}, as is a position the listing then finds it cannot read
     * ({@link #invalid()}).
     */
    public static Position decodeAny(String listing, String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = parts(cursor);
        if (parts.length < 1 || !parts[0].equals(listing)) {
            throw bad();
        }
        return new Position(List.of(Arrays.copyOfRange(parts, 1, parts.length)));
    }

    /** The 400 naming {@code cursor} of a cursor this API did not hand out. */
    public static ProblemException invalid() {
        return bad();
    }

    private static String[] parts(String cursor) {
        if (cursor.isEmpty() || cursor.length() > LONGEST) {
            throw bad();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw bad();
        }
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static ProblemException bad() {
        return ProblemException.invalid(PARAMETER, NOT_OURS);
    }

    /** The sort keys a cursor carried, read by position; a key that does not read as asked is a 400 naming it. */
    public record Position(List<String> keys) {

        /** How many keys the cursor carried. */
        public int size() {
            return keys.size();
        }

        public String text(int i) {
            return keys.get(i);
        }

        public Instant instant(int i) {
            try {
                return Instant.parse(keys.get(i));
            } catch (RuntimeException e) {
                throw bad();
            }
        }

        public UUID uuid(int i) {
            try {
                UUID id = UUID.fromString(keys.get(i));
                if (!id.toString().equals(keys.get(i))) {
                    throw bad();
                }
                return id;
            } catch (IllegalArgumentException e) {
                throw bad();
            }
        }

        public long number(int i) {
            try {
                return Long.parseLong(keys.get(i));
            } catch (NumberFormatException e) {
                throw bad();
            }
        }
    }
}
