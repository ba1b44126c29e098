package io.parley.enrichment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns an analysed text into hashed sparse features (the "hashing trick"): stems, stem pairs, the first words
 * (questions often start with one), character 3- and 4-grams of the accent-folded words (so that typos and missing
 * diacritics still share most features), emoji classes, punctuation and link signals, lexicon matches and the
 * language.
 */
final class Features {

    static final int BITS = 18;
    private static final int MASK = (1 << BITS) - 1;

    private Features() {
    }

    static int[] of(TextAnalyser.Analysed text, Set<AbuseLexicon.Kind> abuse, String language) {
        FeatureSink sink = new FeatureSink();
        sink.add("bias");
        sink.add("lang:" + language);
        List<String> stems = text.stems();
        for (int i = 0; i < stems.size(); i++) {
            sink.add("t:" + stems.get(i));
            if (i + 1 < stems.size()) {
                sink.add("b:" + stems.get(i) + "|" + stems.get(i + 1));
            }
        }
        if (!stems.isEmpty()) {
            sink.add("first:" + stems.get(0));
            sink.add("last:" + stems.get(stems.size() - 1));
            if (stems.size() > 1) {
                sink.add("first2:" + stems.get(0) + "|" + stems.get(1));
            }
        }
        for (String word : text.foldedWords()) {
            String padded = "<" + word + ">";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    sink.add("c:" + padded.substring(i, i + n));
                }
            }
        }
        for (EmojiClass emoji : text.emoji()) {
            sink.add("e:" + emoji);
        }
        if (text.emojiOnly()) {
            sink.add("emoji-only");
            for (EmojiClass emoji : text.emoji()) {
                sink.add("emoji-only:" + emoji);
            }
        }
        for (String signal : text.signals()) {
            sink.add("s:" + signal);
        }
        for (AbuseLexicon.Kind kind : abuse) {
            sink.add("x:" + kind);
        }
        if (!abuse.isEmpty()) {
            sink.add("x:any");
        }
        return sink.distinct();
    }

    private static final class FeatureSink {
        private int[] indices = new int[128];
        private int size;

        void add(String feature) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
            }
            indices[size++] = hash(feature);
        }

        int[] distinct() {
            int[] sorted = Arrays.copyOf(indices, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, unique);
        }

        private static int hash(String feature) {
            // FNV-1a over the UTF-16 units, then a final mix so that the low bits are well spread.
            int h = 0x811C9DC5;
            for (int i = 0; i < feature.length(); i++) {
                h ^= feature.charAt(i);
                h *= 0x01000193;
            }
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            return h & MASK;
        }
    }
}
