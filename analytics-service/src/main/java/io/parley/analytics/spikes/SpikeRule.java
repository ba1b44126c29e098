package io.parley.analytics.spikes;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule, without the framework: the window's count against the baseline's average per window. A spike is
 * at least {@code minCount} and at least {@code factor} times the baseline (counted as 1 when lower, so that a
 * quiet brand needs {@code minCount}, not one complaint, to spike).
 */
public record SpikeRule(Duration window, Duration baseline, double factor, long minCount) {

    /** The window's figures when they are a spike. */
    public record Spike(long count, double baselinePerWindow, double ratio) {
    }

    public Optional<Spike> test(long windowCount, long baselineCount) {
        double perWindow = baselineCount * ((double) window.toMillis() / baseline.toMillis());
        double ratio = windowCount / Math.max(perWindow, 1.0);
        if (windowCount >= minCount && ratio >= factor) {
            return Optional.of(new Spike(windowCount, Math.round(perWindow * 100) / 100.0,
                    Math.round(ratio * 100) / 100.0));
        }
        return Optional.empty();
    }

    private static final Set<String> SHORT_OR_COMMON = Set.of("this", "that", "with", "have", "from", "your", "what",
            "where", "when", "will", "there", "still", "jest", "mnie", "tego", "przez", "było", "есть", "когда",
            "где", "чтобы", "είναι", "και", "ακόμα");

    /** The words heard most often (four letters or more, lower case), most frequent first, then alphabetically. */
    public static List<String> topWords(List<String> texts, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> w.codePointCount(0, w.length()) >= 4 && !SHORT_OR_COMMON.contains(w)).distinct()
                    .forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

}
