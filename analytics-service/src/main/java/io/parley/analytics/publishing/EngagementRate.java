package io.parley.analytics.publishing;

/**
 * The engagement rate and the base it is computed on, said with it: engagements (reactions + comments + shares +
 * click-throughs) divided by reach where the network counts reach, else by impressions, else by views. Over several
 * posts the base is the first that every one of them has (a sum of reach over some posts and impressions over others
 * would mean nothing); with none in common, or a base of 0, there is no rate. Pure: unit tested without Quarkus.
 */
public final class EngagementRate {

    /** What a rate is divided by. */
    public enum Base {
        reach, impressions, views
    }

    /** A rate (4 decimals), its base and the base's total; rate null when there is none. */
    public record Rate(Double rate, Base base, Long baseValue) {
        static final Rate NONE = new Rate(null, null, null);
    }

    /**
     * What the rate needs of one post or of several: each base's total, null unless every post has it, and the
     * engagements.
     */
    public record Sums(Long reach, Long impressions, Long views, long engagements) {
    }

    private EngagementRate() {
    }

    public static Rate of(Sums sums) {
        Base base = sums.reach() != null ? Base.reach : sums.impressions() != null ? Base.impressions
                : sums.views() != null ? Base.views : null;
        if (base == null) {
            return Rate.NONE;
        }
        long total = switch (base) {
            case reach -> sums.reach();
            case impressions -> sums.impressions();
            case views -> sums.views();
        };
        if (total <= 0) {
            return new Rate(null, base, total);
        }
        return new Rate(Math.round(sums.engagements() * 10_000.0 / total) / 10_000.0, base, total);
    }

    /** Reactions, comments, shares and click-throughs; a counter the network does not give adds nothing. */
    public static long engagements(Long reactions, Long comments, Long shares, long clicks) {
        return nz(reactions) + nz(comments) + nz(shares) + clicks;
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
