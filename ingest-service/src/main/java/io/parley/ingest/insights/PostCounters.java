package io.parley.ingest.insights;

/**
 * A post's figures as its network reports them: lifetime totals so far. A counter the network does not give is null
 * (never 0: "none" and "not counted" differ in an engagement rate).
 */
public record PostCounters(Long impressions, Long reach, Long reactions, Long comments, Long shares, Long views) {

    /** Only what the network counts: each counter of {@code made} kept where {@code offered} has one. */
    PostCounters like(PostCounters offered) {
        return new PostCounters(offered.impressions == null ? null : impressions, offered.reach == null ? null : reach,
                offered.reactions == null ? null : reactions, offered.comments == null ? null : comments,
                offered.shares == null ? null : shares, offered.views == null ? null : views);
    }
}
