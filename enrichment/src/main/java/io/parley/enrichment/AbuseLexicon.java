package io.parley.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Below-the-belt terms per language, matched on a folded form of the text (lower case, accents removed, digits and
 * symbols standing for letters read as letters, stretched letters shortened), with inflected endings allowed — the
 * way moderation lexicons work in production. The classifier sees the matches as features too; a match on its own
 * already makes a text abusive, because abuse must not slip through (recall first).
 */
final class AbuseLexicon {

    enum Kind { INSULT, PROFANITY, SLUR, THREAT }

    static final String RESOURCE = "io/parley/enrichment/lexicon/abusive.tsv";

    private final Map<Kind, Pattern> patterns;

    private AbuseLexicon(Map<Kind, Pattern> patterns) {
        this.patterns = patterns;
    }

    static AbuseLexicon load() {
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
                alternatives.computeIfAbsent(kind, k -> new ArrayList<>()).add(TextFolding.fold(cells[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Kind, Pattern> compiled = new EnumMap<>(Kind.class);
        alternatives.forEach((kind, list) -> compiled.put(kind, Pattern.compile(
                "\\b(?:" + String.join("|", list) + ")", Pattern.UNICODE_CHARACTER_CLASS)));
        return new AbuseLexicon(compiled);
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
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        patterns.forEach((kind, pattern) -> {
            if (pattern.matcher(lexiconText).find()) {
                found.add(kind);
            }
        });
        return found;
    }
}
