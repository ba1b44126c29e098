package io.parley.enrichment;

import io.parley.enrichment.data.LabelledText;
import io.parley.enrichment.eval.Evaluation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation set is never trained on, and it is large enough to mean something. */
class DataSeparationTest {

    @Test
    void noEvaluationTextIsInTheTrainingData() {
        Set<String> training = Enricher.trainingSet().stream().map(LabelledText::normalisedText)
                .collect(Collectors.toSet());
        List<String> leaked = Evaluation.evaluationSet().stream()
                .filter(item -> training.contains(item.normalisedText()))
                .map(item -> item.source() + " " + item.text())
                .toList();
        assertEquals(List.of(), leaked);
    }

    @Test
    void theEvaluationSetHasAtLeast400ItemsAnd100PerMainLanguage() {
        List<LabelledText> items = Evaluation.evaluationSet();
        assertTrue(items.size() >= 400, "items: " + items.size());
        Map<String, Long> perLanguage = items.stream()
                .collect(Collectors.groupingBy(LabelledText::language, Collectors.counting()));
        for (String language : List.of("en", "pl", "el", "ru")) {
            assertTrue(perLanguage.getOrDefault(language, 0L) >= 100, language + ": " + perLanguage.get(language));
        }
    }

    @Test
    void noTextIsLabelledTwiceWithinASet() {
        for (List<LabelledText> set : List.of(Enricher.trainingSet(), Evaluation.evaluationSet())) {
            Map<String, Long> counts = set.stream()
                    .collect(Collectors.groupingBy(LabelledText::normalisedText, Collectors.counting()));
            assertEquals(Map.of(), counts.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    @Test
    void greekPolishAndRussianLettersAreReadAsWritten() {
        Map<String, LabelledText> byText = Evaluation.evaluationSet().stream()
                .collect(Collectors.toMap(LabelledText::text, Function.identity()));
        assertTrue(byText.containsKey("Ευχαριστώ"));
        assertTrue(byText.containsKey("Dzięki!"));
        assertTrue(byText.containsKey("Ужас"));
    }
}
