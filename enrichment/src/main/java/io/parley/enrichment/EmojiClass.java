package io.parley.enrichment;

/**
 * What an emoji usually says in a brand-care comment. A small, fixed table: emoji carry much of the meaning of
 * the shortest interactions ("❤", "😡😡", "👍"), and no stemmer sees them.
 */
enum EmojiClass {
    POSITIVE, NEGATIVE, IRONY, LAUGH, QUESTION, OTHER;

    private static final String POSITIVE_SET = "❤♥💕💖💗💓💞💙💚💛💜🧡🤍😍🥰😘😊🙂😀😃😄😁😆🤩👍👏🙌🎉🥳💯⭐🌟✨🙏😻💪👌☺😉😎🤗🌹🔥🏆🥇😇";
    private static final String NEGATIVE_SET = "😡🤬😠👎💩😤😢😭😞😩😫😒🤮🤢💔😣😖☹🙁😕😟😱😰😓🖕😑😐⏳⌛";
    private static final String IRONY_SET = "🙄🙃😏🤡";
    private static final String LAUGH_SET = "😂🤣😅😆";
    private static final String QUESTION_SET = "🤔❓❔🧐🤷";

    /** The class of one code point, or {@code null} when it is no emoji (or only a modifier or joiner). */
    static EmojiClass of(int codePoint) {
        if (codePoint == 0xFE0F || codePoint == 0x200D || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)) {
            return null;
        }
        String s = new String(Character.toChars(codePoint));
        if (IRONY_SET.contains(s)) {
            return IRONY;
        }
        if (LAUGH_SET.contains(s)) {
            return LAUGH;
        }
        if (POSITIVE_SET.contains(s)) {
            return POSITIVE;
        }
        if (NEGATIVE_SET.contains(s)) {
            return NEGATIVE;
        }
        if (QUESTION_SET.contains(s)) {
            return QUESTION;
        }
        return isEmoji(codePoint) ? OTHER : null;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2190 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x2764 || cp == 0x263A;
    }
}
