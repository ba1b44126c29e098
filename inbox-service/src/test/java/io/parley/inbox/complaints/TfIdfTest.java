package io.parley.inbox.complaints;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfIdfTest {

    @Test
    void aRareSharedTermWeighsMoreThanACommonOne() {
        // 100 cases: "parcel" in 90 of them, "refund" in 2
        Map<String, Integer> df = Map.of("parcel", 90, "refund", 2, "late", 30);
        TfIdf tfIdf = new TfIdf(100, t -> df.getOrDefault(t, 0));
        List<String> query = List.of("parcel", "refund", "late");
        TfIdf.Similarity rare = tfIdf.similarity(query, List.of("refund", "card"));
        TfIdf.Similarity common = tfIdf.similarity(query, List.of("parcel", "card"));
        assertTrue(rare.score() > common.score(), rare + " vs " + common);
        assertEquals(Set.of("refund"), rare.shared());
    }

    @Test
    void identicalBagsScoreOneAndDisjointOnesZero() {
        TfIdf tfIdf = new TfIdf(10, t -> 1);
        assertEquals(1.0, tfIdf.similarity(List.of("a", "b", "b"), List.of("b", "a", "b")).score(), 1e-9);
        assertEquals(0.0, tfIdf.similarity(List.of("a"), List.of("b")).score());
        assertEquals(0.0, tfIdf.similarity(List.of(), List.of("b")).score());
    }

    @Test
    void inflectedFormsShareTheirStemInEachLanguage() {
        assertTrue(Terms.of("Moja przesyłka zaginęła", "pl").stream().anyMatch(
                Terms.of("Nie mam przesyłki", "pl")::contains));
        assertTrue(Terms.of("Посылка не пришла", "ru").stream().anyMatch(Terms.of("где моя посылку", "ru")::contains));
        assertTrue(Terms.of("Θέλω επιστροφή χρημάτων", "el").stream().anyMatch(
                Terms.of("της επιστροφής", "el")::contains));
        assertTrue(Terms.of("My parcels were delayed", "en").containsAll(Terms.of("parcel delay", "en")));
        // stop words are not terms
        assertEquals(List.of(), Terms.of("the and или и και", null));
    }
}
