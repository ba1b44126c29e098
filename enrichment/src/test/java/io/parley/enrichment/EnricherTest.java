package io.parley.enrichment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API as the gateway sees it: one text in, one enrichment out. */
class EnricherTest {

    private final Enricher enricher = Enricher.load();

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
            "❤, PRAISE, POSITIVE",
            "😡😡, COMPLAINT, NEGATIVE",
            "👍, PRAISE, POSITIVE",
            "👎👎👎, COMPLAINT, NEGATIVE",
    })
    void emojiOnlyHasNoLanguageButAMomentAndATone(String text, MomentOfTruth moment, Sentiment sentiment) {
        Enrichment e = enricher.enrich(text);
        assertEquals("und", e.language());
        assertEquals(0.0, e.languageConfidence());
        assertEquals(moment, e.moment());
        assertEquals(sentiment, e.sentiment());
        assertFalse(e.abusive());
        assertFalse(e.spam());
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}, {3}")
    @CsvSource({
            "Dzięki!, pl, PRAISE, POSITIVE",
            "Ευχαριστώ, el, PRAISE, POSITIVE",
            "Ужас, ru, COMPLAINT, NEGATIVE",
            "Thanks!, en, PRAISE, POSITIVE",
    })
    void oneWordIsEnough(String text, String language, MomentOfTruth moment, Sentiment sentiment) {
        Enrichment e = enricher.enrich(text);
        assertEquals(language, e.language());
        assertEquals(moment, e.moment());
        assertEquals(sentiment, e.sentiment());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Where can I download my boarding pass? | en | QUESTION",
            "Gdzie mogę pobrać kartę pokładową? | pl | QUESTION",
            "Πού μπορώ να κατεβάσω την κάρτα επιβίβασης; | el | QUESTION",
            "Где можно скачать посадочный талон? | ru | QUESTION",
            "My luggage never arrived and nobody calls back | en | COMPLAINT",
            "Mój bagaż nie dotarł i nikt nie oddzwania | pl | COMPLAINT",
            "Οι αποσκευές μου δεν έφτασαν ποτέ και κανείς δεν απαντά | el | COMPLAINT",
            "Мой багаж так и не прилетел, и никто не перезванивает | ru | COMPLAINT",
            "You should add an option to pay in instalments | en | SUGGESTION",
            "Powinniście dodać możliwość płatności w ratach | pl | SUGGESTION",
            "Thank you for the lovely flight, the crew was great | en | PRAISE",
            "Спасибо за прекрасный полёт, экипаж был отличный | ru | PRAISE",
    })
    void eachMainLanguage(String text, String language, MomentOfTruth moment) {
        Enrichment e = enricher.enrich(text);
        assertEquals(language, e.language(), text);
        assertEquals(moment, e.moment(), text);
        assertTrue(e.languageConfidence() > 0, "confidence " + e.languageConfidence());
    }

    @Test
    void languageConfidenceIsTheLeadOverTheRunnerUp() {
        // Only Greek is written in Greek letters: no other candidate.
        assertEquals(1.0, enricher.enrich("Ευχαριστώ").languageConfidence());
        // A sentence leads by more than one word that several Latin-script languages share.
        double sentence = enricher.enrich("Thank you so much for sorting out my booking so quickly").languageConfidence();
        double word = enricher.enrich("Super").languageConfidence();
        assertTrue(sentence > word, sentence + " vs " + word);
    }

    @Test
    void insultsAndThreatsAreAbusiveEvenDisguised() {
        for (String text : List.of("You are all idiots", "1d10ts, give me my money", "f*ck this airline",
                "Jesteście bandą debili", "Γαμώ την εταιρεία σας", "Вы все дебилы", "I know where you live")) {
            Enrichment e = enricher.enrich(text);
            assertTrue(e.abusive(), text);
            assertTrue(e.abusiveScore() >= 0.5, text);
        }
        Enrichment criticism = enricher.enrich("Worst service ever, I am really disappointed");
        assertFalse(criticism.abusive(), "harsh criticism is not abuse");
        assertEquals(MomentOfTruth.COMPLAINT, criticism.moment());
    }

    @Test
    void linkBaitIsSpam() {
        Enrichment e = enricher.enrich("Earn 300 dollars a day from home!!! Click www.easy-money-now.xyz");
        assertTrue(e.spam());
        assertTrue(e.spamScore() >= 0.5);
        assertFalse(enricher.enrich("When does the sale start?").spam());
    }

    @Test
    void composedAndDecomposedUnicodeGiveTheSameAnswer() {
        // Greek, Polish and Russian letters may arrive precomposed (NFC) or as base letter + combining mark (NFD);
        // the enricher reads both as the same text.
        for (String text : List.of("Dziękuję za szybką dostawę, wszystko świetnie", "Ευχαριστώ πολύ για τη βοήθεια",
                "Спасибо, всё пришло вовремя, ёлка целая")) {
            Enrichment composed = enricher.enrich(Normalizer.normalize(text, Normalizer.Form.NFC));
            Enrichment decomposed = enricher.enrich(Normalizer.normalize(text, Normalizer.Form.NFD));
            assertEquals(composed.language(), decomposed.language(), text);
            assertEquals(composed.moment(), decomposed.moment(), text);
            assertEquals(composed.sentiment(), decomposed.sentiment(), text);
        }
    }

    @Test
    void nullIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enricher.enrich(null));
        assertEquals("text to enrich must not be null", e.getMessage());
    }

    @Test
    void blankIsRejectedWithAClearMessage() {
        for (String blank : List.of("", "   ", "\n\t")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enricher.enrich(blank));
            assertEquals("text to enrich must contain at least one non-whitespace character", e.getMessage());
        }
    }

    @Test
    void scoresStayInTheirRanges() {
        for (String text : List.of("❤", "ok", "Great, another 3-hour delay, thanks so much", "Ужас", "?", "123",
                "Wszystko super 👍 ale dodajcie BLIKa")) {
            Enrichment e = enricher.enrich(text);
            assertTrue(e.languageConfidence() >= 0 && e.languageConfidence() <= 1, text);
            assertTrue(e.momentConfidence() > 0 && e.momentConfidence() <= 1, text);
            assertTrue(e.abusiveScore() >= 0 && e.abusiveScore() <= 1, text);
            assertTrue(e.spamScore() >= 0 && e.spamScore() <= 1, text);
            assertTrue(e.sentimentScore() >= -1 && e.sentimentScore() <= 1, text);
            assertEquals(e.abusiveScore() >= 0.5, e.abusive(), text);
            assertEquals(e.spamScore() >= 0.5, e.spam(), text);
        }
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertEquals("und", enricher.enrich("123 !!!").language());
        assertEquals("und", enricher.enrich("?").language());
    }

    @Test
    void loadIsDoneOnceAndTheVersionNamesTheModels() {
        assertSame(enricher, Enricher.load());
        Enrichment e = enricher.enrich("Thanks!");
        assertEquals(enricher.modelVersion(), e.modelVersion());
        assertTrue(e.modelVersion().startsWith("parley-enrichment-1;lingua-1.2.2;lucene-9.12.2;data-"),
                e.modelVersion());
    }

    @Test
    void concurrentCallersGetTheSameAnswersAsOne() throws Exception {
        List<String> texts = List.of("Dzięki!", "Ευχαριστώ", "Ужас", "You should add Apple Pay",
                "Where is my parcel", "Kurwa, znowu opóźnienie", "❤", "Θα ήταν ωραίο να έχετε vegan πίτσα");
        List<Enrichment> expected = texts.stream().map(enricher::enrich).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Enrichment>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> texts.stream().map(enricher::enrich).toList()));
            }
            for (Future<List<Enrichment>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
