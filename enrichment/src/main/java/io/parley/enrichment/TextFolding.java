package io.parley.enrichment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folded forms of a text, so that typos, missing diacritics and disguised letters still meet. */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern STRETCHED_3 = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern LEET = Pattern.compile("(?<=\\p{L})[0134579@$]|[0134579@$](?=\\p{L})");

    private TextFolding() {
    }

    /** Lower case, Unicode compatibility form, no accents (Polish ł as l, Russian ё as е). */
    static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        return MARKS.matcher(lower).replaceAll("").replace('ł', 'l').replace('ς', 'σ');
    }

    /** Letters repeated three times or more ("sooooo", "ужааас") shortened to two. */
    static String shortenStretched(String text) {
        return STRETCHED_3.matcher(text).replaceAll("$1$1");
    }

    /** {@link #fold} plus digits and symbols inside words read as letters ("1d10t", "$h1t") and stretches removed. */
    static String forLexicon(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        var m = LEET.matcher(folded);
        int last = 0;
        while (m.find()) {
            out.append(folded, last, m.start()).append(switch (folded.charAt(m.start())) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '9' -> 'g';
                default -> folded.charAt(m.start());
            });
            last = m.end();
        }
        out.append(folded, last, folded.length());
        return STRETCHED_3.matcher(out).replaceAll("$1");
    }
}
