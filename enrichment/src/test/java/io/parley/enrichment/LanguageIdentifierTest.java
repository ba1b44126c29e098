package io.parley.enrichment;

import io.parley.enrichment.data.LabelledText;
import io.parley.enrichment.eval.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The script shortcut: which texts it settles without Lingua, which it leaves to the model, and that both agree. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(Enricher.LOW_ACCURACY);

    @ParameterizedTest
    @ValueSource(strings = {"Ευχαριστώ", "ΕΥΧΑΡΙΣΤΏ", "Πότε ανοίγει το κατάστημα στο Κολωνάκι;", "Ευχαριστώ 😀!! 5/5",
            "Ἀθῆναι", // polytonic (Greek Extended) letters are Greek too
            "Ευχαριστω\u0301 πολύ"}) // a decomposed accent is a mark, not a letter
    void allGreekLettersAreGreekWithFullConfidence(String text) {
        assertEquals(new LanguageIdentifier.Identified("el", 1.0), LanguageIdentifier.byScript(text));
        assertEquals("el", IDENTIFIER.identify(text).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Мы ждём", "Выйти", "Ёлки!", "Это ужас", "ОБЪЯВЛЕНИЕ", "Как вернуть деньги за отменённый рейс?",
            "Спасибо большое, курьер был очень вежливый 👍"})
    void russianAlphabetWithARussianOnlyLetterIsRussianWithFullConfidence(String text) {
        assertEquals(new LanguageIdentifier.Identified("ru", 1.0), LanguageIdentifier.byScript(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ужас", // Cyrillic without ы, э, ъ, ё: Ukrainian writes every one of its letters
            "Дякую, все чудово", // Ukrainian
            "Привіт, де моє замовлення?", // Ukrainian letters і, є
            "Выйти і ўсё", // Belarusian-like: ы with і and ў, letters Russian does not write
            "Мы ждём ShopRiver", // Russian with a Latin brand name
            "Thank you Mobilink, всё работает отлично!", // mixed English and Russian
            "Dzięki, paczka przyszła, ευχαριστώ", // a Greek word in a Polish sentence
            "Θα ήταν ωραίο να έχετε vegan επιλογές", // a Latin word in a Greek sentence
            "Ευχαριστώ, мы ждём", // Greek and Russian together
            "Where is my parcel?", "Gdzie jest moja paczka?", "efxaristoume para poli", // Latin, Greeklish
            "ありがとう", // another script altogether
    })
    void everythingElseIsLeftToTheModel(String text) {
        assertNull(LanguageIdentifier.byScript(text));
    }

    @Test
    void mixedScriptsAreStillAnsweredByTheModel() {
        assertEquals("pl", IDENTIFIER.identify("Dzięki, paczka przyszła na czas i wszystko było w porządku, ευχαριστώ").code());
        assertEquals("el", IDENTIFIER.identify("Θα ήταν ωραίο να έχετε περισσότερες vegan επιλογές").code());
        assertEquals("uk", IDENTIFIER.identify("Привіт, де моє замовлення?").code());
        assertEquals("en", IDENTIFIER.identify("Where is my parcel? It was due on Monday").code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"❤", "👍👍👍", "!!!", "12345", "😡 ?!", " … "})
    void noLettersIsUndeterminedAsTheModelAnswersIt(String text) {
        assertEquals(LanguageIdentifier.Identified.UNDETERMINED, LanguageIdentifier.byScript(text));
        assertEquals(IDENTIFIER.byModel(text), IDENTIFIER.identify(text));
    }

    /** Wherever the script settles a text of the training or evaluation sets, Lingua names the same language. */
    @Test
    void theShortcutAgreesWithTheModelOnEveryTextItSettles() {
        List<String> texts = Stream.concat(Enricher.trainingSet().stream(), Evaluation.evaluationSet().stream())
                .map(LabelledText::text).toList();
        List<String> disagreements = new ArrayList<>();
        int settled = 0;
        for (String text : texts) {
            LanguageIdentifier.Identified byScript = LanguageIdentifier.byScript(text);
            if (byScript == null) {
                continue;
            }
            settled++;
            String byModel = IDENTIFIER.byModel(text).code();
            if (!byModel.equals(byScript.code())) {
                disagreements.add(text + ": script " + byScript.code() + ", model " + byModel);
            }
        }
        assertTrue(settled > texts.size() / 4, "the shortcut settled only " + settled + " of " + texts.size());
        assertEquals(List.of(), disagreements);
    }
}
