package io.parley.analytics.publishing;

import io.parley.platform.time.TimeWindow;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The API shapes of the publishing figures. */
public final class Publishing {

    /** How an engagement is counted, said in every answer. */
    public static final String ENGAGEMENTS = "reactions + comments + shares + click-throughs (a counter the network "
            + "does not give adds nothing)";
    public static final String RATE = "engagements / base, where base is reach when every post counted has it, else "
            + "impressions, else views; null when the posts have no base in common or it is 0";

    private Publishing() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishingPost", description = "One published post's figures: lifetime totals at the latest "
            + "reading from its network (null: the network does not give that counter)")
    public record PostFigures(
            @Schema(description = "the story (null for a post not published from one)") UUID storyId,
            @Schema(description = "the variant (Parley's post)") UUID variantId,
            @Schema(example = "Zimowa kolekcja") String storyTitle,
            @Schema(example = "facebook") String platform,
            @Schema(description = "the channel account (gateway id)") String channelAccountId,
            @Schema(example = "1234567890_777") String platformPostId,
            String permalink,
            Instant publishedAt,
            @Schema(description = "when the figures were read") Instant observedAt,
            @Schema(nullable = true, example = "1200") Long impressions,
            @Schema(nullable = true, example = "800") Long reach,
            @Schema(nullable = true, example = "35") Long reactions,
            @Schema(nullable = true, example = "7") Long comments,
            @Schema(nullable = true, example = "4") Long shares, @Schema(nullable = true) Long views,
            @Schema(description = "followed links (Parley's tracked redirect)", example = "12") long clickThroughs,
            @Schema(description = "reactions + comments + shares + click-throughs", example = "58") long engagements,
            @Schema(nullable = true, description = "engagements / engagementRateBase's value", example = "0.0725")
            Double engagementRate,
            @Schema(description = "what the rate is divided by: reach, impressions or views (null: no rate)",
                    example = "reach") String engagementRateBase,
            @Schema(description = "true when the figures were made up for a sandbox channel account") boolean sandbox) {
    }

    /**
     * The longest window whose followers are given per day; a longer one gets one point per week (a year per day is
     * 365 points an account, some 3,650 for a brand's ten accounts, more than a chart can show or a request should
     * carry: docs/benchmarks.md, "Rerun with the publishing rollup (V50)").
     */
    public static final java.time.Duration DAILY_FOLLOWERS_UP_TO = java.time.Duration.ofDays(92);

    /** Whether a window's followers are given one point per week rather than per day. */
    public static boolean followersWeekly(io.parley.platform.time.TimeWindow window) {
        return java.time.Duration.between(window.from(), window.to()).compareTo(DAILY_FOLLOWERS_UP_TO) > 0;
    }

    @Schema(name = "FollowerDay", description = "An account's follower count on a day: every day with a reading, or "
            + "a week's last reading when the report's followersEvery is week")
    public record FollowerDay(LocalDate day, @Schema(example = "18342") long followers,
            @Schema(description = "change since the point before (the day, or week, before that has a count; null "
                    + "for the first)", example = "12")
            Long growth) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishingFigures", description = "Summed figures of a channel's posts (or of every post): a "
            + "counter is the sum over the posts that have it, null when none has")
    public record Figures(
            @Schema(description = "posts published in the window", example = "3") long posts,
            @Schema(nullable = true) Long impressions, @Schema(nullable = true) Long reach,
            @Schema(nullable = true) Long reactions, @Schema(nullable = true) Long comments,
            @Schema(nullable = true) Long shares, @Schema(nullable = true) Long views,
            long clickThroughs, long engagements,
            @Schema(nullable = true, example = "0.0641") Double engagementRate,
            @Schema(description = "reach, impressions or views: what every post counted has (null: no rate)",
                    example = "reach") String engagementRateBase,
            @Schema(description = "the base's total", example = "2875") Long engagementRateBaseValue) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishingChannel")
    public record ChannelFigures(
            @Schema(description = "the channel account (gateway id)") String channelAccountId,
            @Schema(example = "linkedin") String platform,
            Figures figures,
            @Schema(description = "followers in the window, with the change since the point before: per day (each "
                    + "day with a reading) for a window of up to 92 days; for a longer window one point per UTC week "
                    + "(Monday to Sunday), the week's last reading on its day (the report's followersEvery says which)")
            List<FollowerDay> followers,
            @Schema(description = "follower change over the window: last count minus the count before the window "
                    + "(or the first in it); null without two readings", example = "84") Long followerGrowth,
            @Schema(description = "the posts behind these figures",
                    example = "/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z"
                            + "&to=2026-12-01T00:00:00Z&channel=4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d")
            String postsHref) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishingReport", description = "Publishing figures of the posts published in [from, to): the "
            + "totals and each channel account's; the posts themselves are a list of their own (postsHref)")
    public record Report(
            @Schema(example = "acme") String brand, Instant from, Instant to,
            @Schema(description = "how engagements are counted") String engagements,
            @Schema(description = "how the engagement rate is computed, and on what base") String engagementRate,
            @Schema(description = "every post of the window") Figures totals,
            @Schema(description = "per channel account (also those with follower readings and no post)")
            List<ChannelFigures> channels,
            @Schema(description = "the channels' followers points, day (a window of up to 92 days) or week (longer: "
                    + "each UTC week's last reading)", example = "day", enumeration = {"day", "week"})
            String followersEvery,
            @Schema(description = "the posts behind the totals, a page at a time",
                    example = "/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z"
                            + "&to=2026-12-01T00:00:00Z") String postsHref) {
    }

    /** The documented shape of a page of posts (the endpoint answers platform-rest's {@code Page}). */
    @Schema(name = "PublishingPostPage", description = "A page of the posts behind a figure, newest first; pass "
            + "nextCursor as cursor (with the same window and filters) for the next")
    public record PostPage(@Schema(required = true) List<PostFigures> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }
}
