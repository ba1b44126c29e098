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
}
