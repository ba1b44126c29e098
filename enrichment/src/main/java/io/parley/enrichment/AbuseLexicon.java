package io.parley.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Below-the-belt terms per language, matched on a folded form of the text (lower case, accents removed, digits and
 * symbols standing for letters read as letters, stretched letters shortened), with inflected endings allowed — the
 * way moderation lexicons work in production. The classifier sees the matches as features too; a match on its own
 * already makes a text abusive, because abuse must not slip through (recall first).
 *
 * <p>A kind matches where one of its alternatives (the terms of every line of that kind, each starting at a word
 * boundary) matches — exactly what {@code \b(?:alternative|alternative|...)} finds. Rather than trying a hundred
 * alternatives at every word boundary, most of which start with fixed text ("idiot", "kurw", "μαλακ"), the text at
 * each boundary is compared with the fixed beginnings that start with its character, and an alternative's pattern
 * runs only where its beginning is there. The few that can start in more than one way (a group, {@code \w*}) are
 * one pattern, searched once per text.
 */
final class AbuseLexicon {

    enum Kind { INSULT, PROFANITY, SLUR, THREAT }

    static final String RESOURCE = "io/parley/enrichment/lexicon/abusive.tsv";

    private static final Pattern WORD_BOUNDARY = Pattern.compile("\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String META = "\\()[]{}.*+?^$|";

    /** An alternative that starts with fixed text: tried only where the text at a word boundary starts with it. */
    private record Term(String prefix, Pattern rest) {
    }

    /**
     * One kind's alternatives: those that start with fixed text, by its first character; and the others, which can
     * start with more than one character, as one pattern {@code \b(?:...)} ({@code null} if none).
     */
    private record Terms(Map<Character, Term[]> byFirst, Pattern anyStart) {
    }

    private final Map<Kind, Terms> terms;

    private AbuseLexicon(Map<Kind, Terms> terms) {
        this.terms = terms;
    }

    static AbuseLexicon load() {
        Map<Kind, Terms> compiled = new EnumMap<>(Kind.class);
        alternatives().forEach((kind, list) -> compiled.put(kind, terms(list)));
        return new AbuseLexicon(compiled);
    }

    private static Terms terms(List<String> alternatives) {
        Map<Character, List<Term>> byFirst = new HashMap<>();
        List<String> anyStart = new ArrayList<>();
        for (String alternative : alternatives) {
            String prefix = literalPrefix(alternative);
            if (prefix.isEmpty()) {
                anyStart.add(alternative);
            } else {
                // A whole alternative of fixed text needs no pattern: the prefix is the match.
                Pattern rest = prefix.equals(alternative) ? null : Pattern.compile(nonCapturing(alternative),
                        Pattern.UNICODE_CHARACTER_CLASS);
                byFirst.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>()).add(new Term(prefix, rest));
            }
        }
        Map<Character, Term[]> arrays = new HashMap<>();
        byFirst.forEach((first, list) -> arrays.put(first, list.toArray(Term[]::new)));
        return new Terms(arrays, anyStart.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
                anyStart.stream().map(AbuseLexicon::nonCapturing).toList()) + ")", Pattern.UNICODE_CHARACTER_CLASS));
    }

    /**
     * The fixed text every match of {@code alternative} starts with: its characters up to the first one with a
     * meaning in a pattern, less the last if a {@code ?}, {@code *} or {@code {} makes it optional. Empty when the
     * alternative starts with a group, a class, an escape such as {@code \w*} or an optional letter.
     */
    static String literalPrefix(String alternative) {
        int end = 0;
        while (end < alternative.length() && META.indexOf(alternative.charAt(end)) < 0
                && !Character.isSurrogate(alternative.charAt(end))) {
            end++;
        }
        if (end < alternative.length() && end > 0 && "?*{".indexOf(alternative.charAt(end)) >= 0) {
            end--;
        }
        return alternative.substring(0, end);
    }

    /**
     * The same pattern with its groups made non-capturing: only whether it matches counts, and a matcher with no
     * groups to save and reset is cheaper to try.
     */
    static String nonCapturing(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(pattern.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    out.append(pattern.charAt(++i));
                }
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    out.append(pattern.charAt(++i));
                }
            } else if (c == '(' && (i + 1 == pattern.length() || pattern.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }

    /**
     * A line's pattern cut at its top-level {@code |} (not inside a group or a class, not escaped). Group numbers
     * restart in each alternative, so a pattern may not refer back to a group.
     */
    static List<String> topLevelAlternatives(String pattern) {
        if (Pattern.compile("\\\\[1-9k]").matcher(pattern).find()) {
            throw new IllegalStateException(RESOURCE + ": back references are not supported: " + pattern);
        }
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is the character itself
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        return alternatives;
    }

    /** Every kind's alternatives, folded as the text is, in the lexicon's order. */
    static Map<Kind, List<String>> alternatives() {
        Map<Kind, List<String>> alternatives = new EnumMap<>(Kind.class);
        InputStream in = AbuseLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("abuse lexicon not found on the class path: " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected kind, language, pattern");
                }
                Kind kind = Kind.valueOf(cells[0].toUpperCase(java.util.Locale.ROOT));
                alternatives.computeIfAbsent(kind, k -> new ArrayList<>())
                        .addAll(topLevelAlternatives(TextFolding.fold(cells[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alternatives;
    }

    /** The lexicon file's bytes, for the model version. */
    static byte[] digestSource() {
        try (InputStream in = AbuseLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kinds of below-the-belt terms in a text already folded with {@link TextFolding#forLexicon(String)}. */
    Set<Kind> match(String lexiconText) {
        // Where a term may start: the word boundaries, found once for all kinds.
        int[] boundaries = new int[16];
        int count = 0;
        Matcher boundary = WORD_BOUNDARY.matcher(lexiconText);
        while (boundary.find()) {
            if (count == boundaries.length) {
                boundaries = Arrays.copyOf(boundaries, count * 2);
            }
            boundaries[count++] = boundary.start();
        }
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        int end = lexiconText.length();
        for (Map.Entry<Kind, Terms> kind : terms.entrySet()) {
            if (matches(kind.getValue(), lexiconText, boundaries, count, end)) {
                found.add(kind.getKey());
            }
        }
        return found;
    }

    private static boolean matches(Terms terms, String text, int[] boundaries, int count, int end) {
        for (int i = 0; i < count; i++) {
            int at = boundaries[i];
            Term[] candidates = at < end ? terms.byFirst().get(text.charAt(at)) : null;
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                if (text.startsWith(term.prefix(), at) && (term.rest() == null || term.rest().matcher(text)
                        .useTransparentBounds(true).useAnchoringBounds(false).region(at, end).lookingAt())) {
                    return true;
                }
            }
        }
        return terms.anyStart() != null && terms.anyStart().matcher(text).find();
    }
}
