package io.parley.enrichment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexicon finds inflected and disguised terms, and leaves innocent words that contain them alone. */
class AbuseLexiconTest {

    private final AbuseLexicon lexicon = AbuseLexicon.load();

    private java.util.Set<AbuseLexicon.Kind> match(String text) {
        return lexicon.match(TextFolding.forLexicon(text));
    }

    @Test
    void findsInflectedAndDisguisedTerms() {
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.INSULT), match("you 1d10ts"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.PROFANITY), match("f*ck that"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.PROFANITY), match("fuuuuck"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.INSULT), match("Jesteście idiotami"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.PROFANITY), match("pierdole to")); // no diacritics
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.INSULT), match("Μαλάκες"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.INSULT), match("ИДИОТЫ"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.THREAT), match("Я найду тебя"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.THREAT), match("θα σε βρω"));
        assertEquals(java.util.Set.of(AbuseLexicon.Kind.THREAT), match("Wiem gdzie mieszkasz"));
    }

    @Test
    void leavesInnocentWordsAlone() {
        for (String innocent : List.of("Thanks for the assistance", "first class", "Scunthorpe store",
                "Piękna sukienka", "baranina była pyszna", "chcę zwrotu", "ο γάμος μας", "μαλακό ψωμί",
                "καθυστερημένη πτήση", "свежий хлеб", "художник", "Skandal, nikt nie oddzwania")) {
            assertTrue(match(innocent).isEmpty(), innocent);
        }
    }

    /**
     * Trying at each word boundary only the alternatives that can start with the character there finds what one
     * pattern per kind, {@code \\b(?:every|alternative)}, finds: checked on every training and evaluation text, each
     * also cut to every word onwards (so a term stands first, last and alone), and on disguised and innocent words.
     */
    @Test
    void dispatchingByFirstCharacterFindsWhatOnePatternPerKindFinds() throws Exception {
        java.util.Map<AbuseLexicon.Kind, java.util.regex.Pattern> reference = new java.util.EnumMap<>(AbuseLexicon.Kind.class);
        AbuseLexicon.alternatives().forEach((kind, alternatives) -> reference.put(kind, java.util.regex.Pattern.compile(
                "\\b(?:" + String.join("|", alternatives) + ")", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS)));
        List<String> texts = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(Enricher.trainingSet().stream(),
                io.parley.enrichment.eval.Evaluation.evaluationSet().stream()).forEach(t -> texts.add(t.text()));
        texts.addAll(List.of("you 1d10ts", "f*ck that", "fuuuuck", "Jesteście idiotami", "pierdole to", "Μαλάκες", "ИДИОТЫ",
                "Я найду тебя", "θα σε βρω", "Wiem gdzie mieszkasz", "assistance", "sukienka", "baranina", "γάμος",
                "μαλακό", "καθυστερημένη πτήση", "хлеб", "a55hole", "k***a", "stupid staff", "na huy", "ъебать"));
        int abusive = 0;
        int checked = 0;
        for (String text : texts) {
            String folded = TextFolding.forLexicon(text);
            for (int from = 0; from >= 0; from = folded.indexOf(' ', from + 1)) {
                String tail = folded.substring(from).strip();
                java.util.Set<AbuseLexicon.Kind> expected = java.util.EnumSet.noneOf(AbuseLexicon.Kind.class);
                reference.forEach((kind, pattern) -> {
                    if (pattern.matcher(tail).find()) {
                        expected.add(kind);
                    }
                });
                assertEquals(expected, lexicon.match(tail), tail);
                abusive += expected.isEmpty() ? 0 : 1;
                checked++;
            }
        }
        assertTrue(abusive > 100, "only " + abusive + " of " + checked + " texts with a term");
    }

    @Test
    void aLinesPatternIsCutAtItsTopLevelBarsAndTriedFromItsFixedBeginning() {
        assertEquals(List.of("idiot\\w*", "piece of (shit|crap)", "a[s*|]{2}hole", "\\|x"),
                AbuseLexicon.topLevelAlternatives("idiot\\w*|piece of (shit|crap)|a[s*|]{2}hole|\\|x"));
        assertEquals("idiot", AbuseLexicon.literalPrefix("idiot\\w*"));
        assertEquals("", AbuseLexicon.literalPrefix("s?uka"));
        assertEquals("", AbuseLexicon.literalPrefix("\\w*chuj\\w*"));
        assertEquals("", AbuseLexicon.literalPrefix("(za|u)?eba\\w*"));
        assertEquals("", AbuseLexicon.literalPrefix("[fp]uck"));
        assertEquals("jerk", AbuseLexicon.literalPrefix("jerks?\\b"));
        assertEquals("f", AbuseLexicon.literalPrefix("f[u*]+c?k\\w*"));
        assertEquals("fu", AbuseLexicon.literalPrefix("fu+ck"));
        assertEquals("zabij", AbuseLexicon.literalPrefix("zabij(e|emy)\\b"));
        assertEquals("banda debili", AbuseLexicon.literalPrefix("banda debili"));
        assertEquals("(?:a|b)(?:c)[(]x", AbuseLexicon.nonCapturing("(a|b)(?:c)[(]x"));
    }
}
