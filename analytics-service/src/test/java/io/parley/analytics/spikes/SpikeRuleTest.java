package io.parley.analytics.spikes;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpikeRuleTest {

    final SpikeRule rule = new SpikeRule(Duration.ofMinutes(15), Duration.ofHours(24), 3, 10);

    @Test
    void aQuietBrandSpikesAtTheMinimumCount() {
        assertFalse(rule.test(9, 0).isPresent());
        assertEquals(10, rule.test(10, 0).orElseThrow().count());
    }

    @Test
    void aBusyBrandNeedsThreeTimesItsBaseline() {
        // 960 in 24 h = 10 per 15 minutes
        assertFalse(rule.test(29, 960).isPresent());
        SpikeRule.Spike spike = rule.test(30, 960).orElseThrow();
        assertEquals(10.0, spike.baselinePerWindow());
        assertEquals(3.0, spike.ratio());
    }

    @Test
    void theTopWordsAreTheMostFrequentLongOnes() {
        assertEquals(List.of("przesyłka", "delivery"), SpikeRule.topWords(List.of("Gdzie przesyłka? PRZESYŁKA!",
                "Przesyłka nie doszła", "przesyłka late", "late delivery", "no delivery", "ok"), 2));
        assertTrue(SpikeRule.topWords(List.of("a bb ccc"), 3).isEmpty());
    }
}
