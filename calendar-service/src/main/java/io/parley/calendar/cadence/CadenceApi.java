package io.parley.calendar.cadence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The cadence endpoints' answers (records apart from the policies, mapped in {@link CadenceService}). */
public final class CadenceApi {

    private CadenceApi() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CadenceReport", description = "Planned against target per channel account per week")
    public record Report(@Schema(example = "acme") String brand,
            @Schema(description = "the brand's time zone (catalogue section 9): weeks run Monday 00:00 to Monday 00:00 "
                    + "on its clocks", example = "Europe/Warsaw") String timeZone,
            @Schema(description = "the start of the first week") Instant from,
            @Schema(description = "the end of the last week") Instant to,
            List<AccountCadence> accounts, Competitors competitors) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AccountCadence")
    public record AccountCadence(@Schema(description = "the channel account's id") String channelAccount,
            String channelName, @Schema(example = "facebook") String platform,
            @Schema(description = "the rule that applies (the account's own target, else its platform's); null: "
                    + "neither target nor blackout; source null: only the brand's blackouts apply") Target target,
            List<Week> weeks, List<Violation> violations) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CadenceTarget")
    public record Target(@Schema(description = "where it comes from", example = "channel facebook") String source,
            @Schema(example = "5") Integer postsPerWeek, @Schema(example = "240") Integer minGapMinutes,
            List<Quiet> quietHours, List<Blackout> blackouts) {
    }

    @Schema(name = "CadenceQuietHours")
    public record Quiet(@Schema(description = "days it starts on; empty: every day") List<String> days,
            @Schema(example = "22:00") String from, @Schema(example = "07:00") String to) {
    }

    @Schema(name = "CadenceBlackout")
    public record Blackout(LocalDate from, LocalDate to, String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CadenceWeek")
    public record Week(@Schema(description = "the Monday", example = "2026-12-07") LocalDate week, Instant from,
            Instant to, @Schema(description = "variants planned (not cancelled, expired, failed or deleted)")
            int planned, @Schema(description = "posts per week; null: no target") Integer target,
            @Schema(description = "posts missing to reach the target: a gap in the plan") int shortfall,
            @Schema(description = "posts beyond the target") int overload,
            @Schema(description = "no-target, under, on-target or over", example = "under") String state) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CadenceViolation")
    public record Violation(@Schema(description = "gap, quiet-hours or blackout", example = "gap") String kind,
            UUID variantId, UUID storyId, Instant at, String detail,
            @Schema(description = "for a gap: the post before it") UUID otherVariantId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CompetitorsCadence", description = "competitors' observed cadence: their posts per week as "
            + "listening reads them from the competitors' public feeds (rss sources with settings.competitor in "
            + "ingest-service)")
    public record Competitors(@Schema(description = "whether any competitor's posts are observed for the brand")
            boolean observed,
            @Schema(description = "from which feeds and since when; or why nothing is observed") String note,
            @Schema(description = "each competitor the catalogue names (section 6, relation competitor) and any other "
                    + "a feed is marked as, in that order") List<Competitor> brands) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CompetitorCadence", description = "One competitor's observed posts per week, for the report's weeks")
    public record Competitor(@Schema(description = "the competitor's id in the catalogue", example = "globex") String id,
            @Schema(description = "its name in the catalogue, else its id", example = "Globex") String name,
            @Schema(description = "whether the brand's catalogue names it as a competitor") boolean inCatalogue,
            @Schema(description = "whether any of its posts were observed") boolean observed,
            @Schema(description = "the report's weeks; posts null where nothing is known") List<CompetitorWeek> weeks,
            @Schema(nullable = true,
                    description = "posts per week over the report's complete known weeks (one decimal); null when "
                    + "there is none", example = "4.5") Double averagePerWeek,
            @Schema(description = "how many weeks that average covers") int weeksAveraged,
            @Schema(nullable = true,
                    description = "posts per week over the complete known weeks among the four before the current "
                    + "one, to hold a plan of future weeks against; null when there is none", example = "5.0")
            Double recentAveragePerWeek,
            @Schema(description = "how many weeks that average covers") int recentWeeks,
            @Schema(description = "the feeds its posts were read from") List<CompetitorSource> sources,
            @Schema(description = "what is known: from which feeds and since when, or that nothing is observed")
            String note) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CompetitorWeek")
    public record CompetitorWeek(@Schema(description = "the Monday", example = "2026-12-07") LocalDate week,
            Instant from, Instant to,
            @Schema(nullable = true,
                    description = "posts observed that week; null: not known (the week has not begun, or lies wholly "
                    + "before the oldest post its feeds show)", example = "4") Integer posts,
            @Schema(description = "the feeds show only part of the week (it is under way, or their oldest post falls "
                    + "in it): counted, but left out of the averages") boolean partial) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CompetitorSource")
    public record CompetitorSource(@Schema(description = "the listening source's channel account id in ingest-service")
            UUID channelId, @Schema(example = "Globex newsroom") String name,
            @Schema(example = "https://globex.example/newsroom/feed.xml") String feedUrl,
            @Schema(description = "when its first post was observed (Parley has read it since)") Instant readSince,
            @Schema(description = "the oldest post it showed") Instant earliestPost,
            @Schema(description = "posts observed on it in all") long posts) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NextSlot")
    public record NextSlot(String channelAccount, String channelName, String platform,
            @Schema(example = "Europe/Warsaw") String timeZone, Instant after,
            @Schema(description = "the next free moment; null when none within a year") Instant slot,
            @Schema(description = "the slot on the brand's clocks", example = "2026-12-08T07:00") String localTime,
            @Schema(description = "the rules that moved the slot past after, in order") List<String> movedBecause,
            Target target) {
    }
}
