package io.parley.ingest.insights;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Figures for sandbox channel accounts, so the demo has data: plausible for a brand's page, the same for the same post
 * and moment on every replica (derived from the post's id and its age, nothing random), and growing — a post gathers
 * most of its reach in its first day, an account gains followers every day.
 */
public final class SandboxFigures {

    /** The day follower counts are counted from (an account "opened" then). */
    private static final LocalDate OPENED = LocalDate.of(2025, 1, 1);
    /** How fast a post's audience saturates: about 63% of it in the first 18 hours. */
    private static final double HOURS_TO_MOST = 18.0;

    private SandboxFigures() {
    }

    /** A post's lifetime figures at {@code now}, published at {@code publishedAt}. */
    public static PostCounters post(String postKey, Instant publishedAt, Instant now) {
        long seed = seed(postKey);
        double hours = Math.max(0, Duration.between(publishedAt, now).toSeconds()) / 3600.0;
        double grown = 0.05 + 0.95 * (1 - Math.exp(-hours / HOURS_TO_MOST));
        long audience = 600 + part(seed, 0, 5400);                       // 600 – 6,000 impressions in the end
        long impressions = Math.round(audience * grown);
        long reach = Math.round(impressions * (0.55 + part(seed, 16, 30) / 100.0)); // 55 – 85 % of impressions
        double engaged = 0.015 + part(seed, 24, 45) / 1000.0;            // 1.5 – 6 % of reach react
        long reactions = Math.round(reach * engaged);
        long comments = Math.round(reactions * (0.08 + part(seed, 32, 12) / 100.0));
        long shares = Math.round(reactions * (0.04 + part(seed, 40, 8) / 100.0));
        long views = Math.round(impressions * 0.9);
        return new PostCounters(impressions, reach, reactions, comments, shares, views);
    }

    /** The account's followers on {@code day}: a base, a steady gain per day and a small daily swing, never falling. */
    public static long followers(String accountKey, LocalDate day) {
        long seed = seed(accountKey);
        long base = 800 + part(seed, 0, 9200);
        long perDay = 2 + part(seed, 16, 12);
        long days = Math.max(0, day.toEpochDay() - OPENED.toEpochDay());
        long swing = part(seed(accountKey + "/" + day), 0, perDay);     // below perDay: the count still grows
        return base + perDay * days + swing;
    }

    /** FNV-1a, 64 bits: stable across JVMs (String.hashCode is too, but 32 bits are few for several parts). */
    static long seed(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A number in [0, range) from 16 bits of the seed at {@code shift}. */
    private static long part(long seed, int shift, long range) {
        return ((seed >>> shift) & 0xffff) % range;
    }
}
