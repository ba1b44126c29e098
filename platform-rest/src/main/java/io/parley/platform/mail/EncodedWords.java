package io.parley.platform.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A mail header's text (a subject) as RFC 2047 encoded words: UTF-8, base64, each word at most 75 characters and never
 * splitting a character; printable ASCII stays as it is. The mail client's own encoding turned characters outside
 * the Basic Multilingual Plane (an emoji in a story's title or a channel's name) into "??"; an encoded header is plain
 * ASCII, which it passes on untouched. Every e-mail Parley sends sets its subject through {@link #of}.
 */
public final class EncodedWords {

    /** 45 bytes of UTF-8 are 60 characters of base64: with {@code =?UTF-8?B?} and {@code ?=}, 72 of the 75 allowed. */
    private static final int BYTES_PER_WORD = 45;

    private EncodedWords() {
    }

    public static String of(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            byte[] bytes = new String(points, i, 1).getBytes(StandardCharsets.UTF_8);
            if (chunk.size() + bytes.length > BYTES_PER_WORD) {
                word(out, chunk.toByteArray());
                chunk.reset();
            }
            chunk.write(bytes, 0, bytes.length);
        }
        word(out, chunk.toByteArray());
        return out.toString();
    }

    private static void word(StringBuilder out, byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(bytes)).append("?=");
    }
}
