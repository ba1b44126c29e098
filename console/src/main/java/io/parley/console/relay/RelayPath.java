package io.parley.console.relay;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path as the relay understands it: split into segments at the slashes the browser wrote,
 * each segment percent-decoded exactly once, and nothing left in it that a server further on could read
 * as a separator or decode again. The relay matches its routes on these segments and forwards
 * {@link #forwarded()}, built from the same segments, so the service is asked for exactly the path that
 * was matched.
 *
 * <p>Refused (the relay answers 404): an encoded slash or backslash inside a segment ({@code ..%2f},
 * {@code %5c}), a dot segment in any spelling ({@code ..}, {@code %2e%2e}, {@code .%2E}), an empty
 * segment ({@code //}, a trailing slash), a {@code ;} path parameter, a {@code %} left after decoding
 * (double encoding such as {@code %252f}), a control character ({@code %00}), a malformed escape or bytes
 * that are not UTF-8 (overlong {@code %c0%ae}). Nothing the console's pages send needs any of these.
 */
public record RelayPath(List<String> segments) {

    /** Why a raw path is not relayed; the message is the problem's detail. */
    public static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    public RelayPath {
        segments = List.copyOf(segments);
    }

    /** Parses the raw (still encoded) path of a request, e.g. {@code /api/v1/conversations/42}. */
    public static RelayPath parse(String rawPath) throws Refused {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new Refused("the path must start with /");
        }
        if (rawPath.indexOf('\\') >= 0) {
            throw new Refused("the path holds a backslash");
        }
        if (rawPath.indexOf(';') >= 0) {
            throw new Refused("the path holds a ';' path parameter");
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>(raw.length);
        for (String segment : raw) {
            if (segment.isEmpty()) {
                throw new Refused("the path holds an empty segment ('//' or a trailing '/')");
            }
            segments.add(checked(decode(segment)));
        }
        return new RelayPath(segments);
    }

    /** The segments after {@code /api}, joined by '/' (e.g. {@code v1/conversations/42}); empty when not under /api. */
    public String apiPath() {
        if (segments.isEmpty() || !segments.get(0).equals("api")) {
            return "";
        }
        return String.join("/", segments.subList(1, segments.size()));
    }

    /** The path to ask the service for: every segment encoded again, only unreserved characters left as they are. */
    public String forwarded() {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (unreserved(c)) {
                    out.append(c);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                }
            }
        }
        return out.toString();
    }

    private static String checked(String segment) throws Refused {
        if (segment.equals(".") || segment.equals("..")) {
            throw new Refused("the path holds a dot segment");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\') {
                throw new Refused("a segment of the path holds an encoded '" + c + "'");
            }
            if (c == ';') {
                throw new Refused("the path holds a ';' path parameter");
            }
            if (c == '%') {
                throw new Refused("the path is encoded twice");
            }
            if (Character.isISOControl(c)) {
                throw new Refused("the path holds a control character");
            }
        }
        return segment;
    }

    /** Percent-decodes once, strictly: a malformed escape or bytes that are not UTF-8 are refused. */
    private static String decode(String segment) throws Refused {
        ByteBuffer bytes = ByteBuffer.allocate(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new Refused("the path holds a malformed %-escape");
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                throw new Refused("the path holds a character that is not %-encoded");
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("the path is not UTF-8");
        }
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
