package io.parley.platform.json;

/**
 * Which characters Parley accepts in text from outside. PostgreSQL cannot store NUL in text at all,
 * and the other C0 control characters are never part of what a person writes; so they are refused
 * at the edge with a message naming the field, instead of failing in the database. Tab, line feed
 * and carriage return are text in a body (a reply has paragraphs) but not in a path or query
 * parameter. A lone UTF-16 surrogate (an escaped {@code \ud800} in JSON) is not a character at all.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The index of the first character that may not be in body text, or -1. */
    public static int firstForbiddenInBody(CharSequence text) {
        return firstForbidden(text, true);
    }

    /** The index of the first character that may not be in a path or query parameter, or -1. */
    public static int firstForbiddenInParameter(CharSequence text) {
        return firstForbidden(text, false);
    }

    /** What is wrong with the character at {@code index}, in words for a problem message. */
    public static String describe(CharSequence text, int index) {
        char c = text.charAt(index);
        String code = String.format("U+%04X", (int) c);
        if (Character.isSurrogate(c)) {
            return "has an unpaired surrogate (" + code + ") at position " + index + "; text must be valid Unicode";
        }
        return "has a control character (" + code + ") at position " + index
                + "; only tab, line feed and carriage return are allowed, and only in body text";
    }

    private static int firstForbidden(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
