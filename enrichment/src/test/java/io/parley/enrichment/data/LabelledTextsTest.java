package io.parley.enrichment.data;

import io.parley.enrichment.MomentOfTruth;
import io.parley.enrichment.Sentiment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelledTextsTest {

    @Test
    void readsALine() {
        LabelledText t = LabelledTexts.parse("el\tQUESTION\tNEUTRAL\t0\t0\tΠού είναι το δέμα μου;", "x:1");
        assertEquals("el", t.language());
        assertEquals(MomentOfTruth.QUESTION, t.moment());
        assertEquals(Sentiment.NEUTRAL, t.sentiment());
        assertEquals("Πού είναι το δέμα μου;", t.text());
    }

    @Test
    void spamHasNoMoment() {
        LabelledText t = LabelledTexts.parse("en\t-\tNEUTRAL\t0\t1\tFollow me", "x:1");
        assertNull(t.moment());
        assertTrue(t.spam());
    }

    @Test
    void aBadLineNamesItsPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledTexts.parse("en\tPRAISE\tPOSITIVE\tyes\t0\tGreat", "train/en.tsv:7"));
        assertEquals("train/en.tsv:7: a flag is 0 or 1, got 'yes'", e.getMessage());
        IllegalArgumentException noMoment = assertThrows(IllegalArgumentException.class,
                () -> LabelledTexts.parse("en\t-\tPOSITIVE\t0\t0\tGreat", "train/en.tsv:8"));
        assertTrue(noMoment.getMessage().contains("only spam may have no moment of truth"), noMoment.getMessage());
    }
}
