package io.parley.enrichment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WordStemsTest {

    private static final List<String> TEXTS = List.of(
            "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje z moją paczką?",
            "Καλησπέρα! Πότε θα είναι ξανά διαθέσιμο το προϊόν;",
            "Где мой заказ? Жду уже две недели, 2 заказа по 1500 руб",
            "I ordered on Monday and there is still NOTHING!!! Refunds please ❤ https://acme.com",
            "❤", "", "   ");

    @Test
    void oneStemmedPassGivesWhatWordsAndStemsGiveInEachLanguage() {
        List<String> languages = List.of("en", "pl", "el", "ru", "und");
        for (String text : TEXTS) {
            WordStems.Stemmed stemmed = WordStems.stemmed(text, languages);
            for (String language : languages) {
                assertEquals(WordStems.words(text, language), stemmed.words(), "words of '" + text + "'");
                assertEquals(WordStems.stems(text, language), stemmed.in(language),
                        language + " stems of '" + text + "'");
            }
        }
    }

    @Test
    void formsOfAWordShareTheirStem() {
        WordStems.Stemmed stemmed = WordStems.stemmed("Деньги деньгами", List.of("ru"));
        assertEquals(List.of("деньги", "деньгами"), stemmed.words());
        assertEquals(stemmed.in("ru").get(0), stemmed.in("ru").get(1));
    }

    @Test
    void aLanguageNotAskedForIsAnError() {
        WordStems.Stemmed stemmed = WordStems.stemmed("parcel", List.of("en"));
        assertThrows(IllegalArgumentException.class, () -> stemmed.in("pl"));
    }
}
