package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One-click fixes of forbidden words that leave the sentence grammatical, with real sentences in the four languages,
 * and no fix where none can be vouched for (issue 21: "Dostaniesz darmowy kupon" became "Dostaniesz w cenie kupon").
 */
class TermFixesTest {

    /** The text with the forbidden {@code word} fixed, or "-" when no fix is offered. */
    private static String fixed(String text, String word, String phrase, Language language, String suggestion) {
        int start = text.indexOf(word);
        Optional<TermFixes.Edit> edit = TermFixes.fix(text, start, start + word.length(), phrase, language, suggestion);
        return edit.map(e -> text.substring(0, e.start()) + e.text() + text.substring(e.end())).orElse("-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a phrase that follows its noun moves after it: the sentence of the issue, and its kin
            "Dostaniesz darmowy kupon.|darmowy|darmowy|PL|w cenie|Dostaniesz kupon w cenie.",
            "Dostaniesz darmowy kupon|darmowy|darmowy|PL|w cenie|Dostaniesz kupon w cenie",
            "Mamy dla Was darmowe prezenty!|darmowe|darmowy|PL|w cenie|Mamy dla Was prezenty w cenie!",
            "Darmowy kupon 🎁|Darmowy|darmowy|PL|w cenie|Kupon w cenie 🎁",
            "Получите бесплатный купон.|бесплатный|бесплатный|RU|без доплаты|Получите купон без доплаты.",
            "Πάρτε δωρεάν κουπόνι!|δωρεάν|δωρεάν|EL|χωρίς επιπλέον κόστος|Πάρτε κουπόνι χωρίς επιπλέον κόστος!",
            "Get a free coupon.|free|free|EN|included at no extra cost|Get a coupon included at no extra cost.",
            // as a predicate it stays where it is
            "Dostawa jest darmowa!|darmowa|darmowy|PL|w cenie|Dostawa jest w cenie!",
            "Доставка бесплатная, как всегда.|бесплатная|бесплатный|RU|без доплаты|Доставка без доплаты, как всегда.",
            "Η αποστολή είναι δωρεάν.|δωρεάν|δωρεάν|EL|χωρίς επιπλέον κόστος|Η αποστολή είναι χωρίς επιπλέον κόστος.",
            "Shipping is free.|free|free|EN|included at no extra cost|Shipping is included at no extra cost.",
            // after its noun, before a preposition: in place too
            "Szalik darmowy do każdego płaszcza.|darmowy|darmowy|PL|w cenie|Szalik w cenie do każdego płaszcza.",
            "Шарф бесплатный к каждому пальто.|бесплатный|бесплатный|RU|без доплаты|Шарф без доплаты к каждому пальто.",
            // a word for a word, in the form the catalogue wrote
            "Dostaniesz darmowy kupon na zakupy.|darmowy|darmowy|PL|bezpłatny|Dostaniesz bezpłatny kupon na zakupy.",
            "Free delivery today|Free|free|EN|complimentary|Complimentary delivery today",
            "Это бесплатный тариф.|бесплатный|бесплатный|RU|льготный|Это льготный тариф.",
    })
    void aGrammaticalFixIsOffered(String text, String word, String phrase, Language language, String suggestion,
            String expected) {
        assertEquals(expected, fixed(text, word, phrase, language, suggestion));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the noun phrase goes on: where would "w cenie" go? The agent decides
            "Dostaniesz darmowy kupon na zakupy.|darmowy|darmowy|PL|w cenie",
            "Получите бесплатный купон на покупки.|бесплатный|бесплатный|RU|без доплаты",
            // another form than the catalogue's: a one-word suggestion would not agree with its noun
            "Mamy pięć darmowych prezentów.|darmowych|darmowy|PL|bezpłatny",
            "Нет бесплатной доставки.|бесплатной|бесплатный|RU|подарочный",
            // a phrase of another kind: "To jest nasza staramy się." is no sentence
            "To jest nasza gwarancja.|gwarancja|gwarancja|PL|staramy się",
            "Delivery is guaranteed.|guaranteed|guaranteed|EN|we aim to",
            // several suggestions: the agent chooses
            "Dostaniesz darmowy kupon.|darmowy|darmowy|PL|w cenie; bez dopłaty",
            // nothing to suggest
            "To głupie pytanie.|głupie|głupi|PL|",
    })
    void noFixWhereTheResultCouldBeUngrammatical(String text, String word, String phrase, Language language,
            String suggestion) {
        assertEquals("-", fixed(text, word, phrase, language, suggestion));
    }

    @Test
    void severalSuggestionsAreAlternatives() {
        assertEquals(List.of("w cenie", "bez dopłaty"), TermFixes.alternatives("w cenie; bez dopłaty"));
        assertEquals(List.of("χωρίς κόστος", "δώρο"), TermFixes.alternatives(" χωρίς κόστος | δώρο "));
        assertTrue(TermFixes.alternatives(null).isEmpty());
    }
}
