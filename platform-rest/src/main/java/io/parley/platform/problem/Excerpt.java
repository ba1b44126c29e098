package io.parley.platform.problem;

/**
 * A short, printable excerpt of a value a caller sent, for echoing in a problem message. A problem
 * never writes a caller's value out in full: {@code amountMinor: 1e100000} once answered with the
 * number written out twice (200 kB), and a longer exponent would have cost the server its memory.
 */
public final class Excerpt {

    /** How many characters of an offending value a message shows. */
    public static final int LENGTH = 40;
    /** The most characters a problem's {@code detail} or one field message may have. */
    public static final int MAX_MESSAGE = 1_000;

    private Excerpt() {
    }

    /**
     * The value's first {@value #LENGTH} characters, with {@code …} when there were more; control
     * characters and lone surrogates shown as {@code \\uXXXX} so that a reader sees what was sent.
     */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        CharSequence text = value instanceof CharSequence s ? s : String.valueOf(value);
        return printable(text, LENGTH);
    }

    /** A message bounded to {@value #MAX_MESSAGE} characters: the safety net under every problem. */
    public static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE) + "…";
    }

    private static String printable(CharSequence text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown >= max) {
                return out.append('…').toString();
            }
            char c = text.charAt(i);
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (Character.isISOControl(c) || loneSurrogate) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.toString();
    }
}
