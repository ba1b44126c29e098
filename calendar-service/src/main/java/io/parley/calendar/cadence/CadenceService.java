package io.parley.calendar.cadence;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.calendar.channels.ChannelAccounts;
import io.parley.calendar.channels.ChannelsClient;
import io.parley.calendar.posts.CalendarConfig;
import io.parley.platform.time.TimeWindow;
import io.parley.calendar.standards.Standards;
import io.parley.calendar.stories.Variant;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The brand's plan against its cadence (catalogue section 10, read from standards-service with the caller's token)
 * and the next free slot on an account. The policies are {@link CadencePlan} and {@link SlotFinder}; this class reads
 * the variants and the accounts and maps the results.
 */
@ApplicationScoped
public class CadenceService {

    /** Variants that will not (or did not) go out do not count as planned. */
    static final Set<String> NOT_PLANNED = Set.of("cancelled", "expired", "failed", "deleted");
    /** Platforms nothing is planned for (listening sources). */
    static final Set<String> NOT_PLANNABLE = Set.of("rss", "forum", "generic");
    static final Duration DEFAULT_SPAN = Duration.ofDays(28);
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    static final Duration SLOT_HORIZON = Duration.ofDays(366);
    static final String NO_COMPETITORS = "No competitor's cadence is observed: no listening source of the brand is "
            + "marked as a competitor's public feed. Mark one in ingest-service (an rss channel account whose "
            + "settings.competitor is the competitor's id from the catalogue, section 6) and its posts are counted "
            + "here week by week.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    Standards standards;
    @Inject
    ChannelAccounts accounts;
    @Inject
    CalendarConfig config;
    @Inject
    Clock clock;
    @Inject
    CompetitorPosts competitorPosts;

    public CadenceApi.Report report(String brand, Optional<Instant> fromParam, Optional<Instant> toParam) {
        JsonNode catalogue = standards.catalogue(brand);
        CadenceRules rules = CadenceRules.from(catalogue);
        Instant from = fromParam.orElseGet(() -> SlotFinder.weekStart(clock.instant(), rules.zone()));
        Instant to = toParam.orElseGet(() -> from.plus(DEFAULT_SPAN));
        TimeWindow.of(from, to, config.longestRange());
        Instant first = SlotFinder.weekStart(from, rules.zone());
        Instant last = SlotFinder.nextWeekStart(to.minusNanos(1), rules.zone());

        Map<String, List<CadencePlan.Planned>> byAccount = new LinkedHashMap<>();
        Map<String, Variant> anyVariant = new LinkedHashMap<>();
        List<Variant> variants = Variant.list("brand = ?1 and scheduledFor >= ?2 and scheduledFor < ?3 "
                + "and status not in ?4 order by scheduledFor", brand, first, last, NOT_PLANNED);
        for (Variant v : variants) {
            byAccount.computeIfAbsent(v.channelAccount, k -> new ArrayList<>())
                    .add(new CadencePlan.Planned(v.id, v.storyId, v.scheduledFor));
            anyVariant.putIfAbsent(v.channelAccount, v);
        }
        List<CadenceApi.AccountCadence> rows = new ArrayList<>();
        for (ChannelsClient.Account a : accounts.accounts(brand)) {
            boolean hasPlan = byAccount.containsKey(a.id());
            if (!hasPlan && (NOT_PLANNABLE.contains(a.platform()) || Boolean.FALSE.equals(a.enabled()))) {
                continue;
            }
            rows.add(row(rules, a.id(), a.name(), a.platform(), byAccount.getOrDefault(a.id(), List.of()), from, to));
            byAccount.remove(a.id());
        }
        // Accounts the gateway no longer lists but that still have posts planned.
        for (Map.Entry<String, List<CadencePlan.Planned>> e : byAccount.entrySet()) {
            Variant v = anyVariant.get(e.getKey());
            rows.add(row(rules, e.getKey(), v.channelName, v.platform, e.getValue(), from, to));
        }
        rows.sort(Comparator.comparing(CadenceApi.AccountCadence::platform)
                .thenComparing(r -> r.channelName() == null ? "" : r.channelName()));
        return new CadenceApi.Report(brand, rules.zone().getId(), first, last, rows,
                competitors(brand, catalogue, rules.zone(), from, to));
    }

    /**
     * The competitors' observed posts per week over the report's weeks: every competitor the catalogue names (section
     * 6, relation competitor), then any other id a feed is marked with. Nothing is estimated: what the feeds do not
     * show is null.
     */
    private CadenceApi.Competitors competitors(String brand, JsonNode catalogue, ZoneId zone, Instant from,
            Instant to) {
        Map<String, String> named = new LinkedHashMap<>();
        for (JsonNode b : catalogue.path("otherBrands").path("brands")) {
            String id = b.path("id").asText("");
            if ("competitor".equals(b.path("relation").asText()) && !id.isBlank()) {
                named.put(id, b.path("name").asText(id).isBlank() ? id : b.path("name").asText(id));
            }
        }
        List<CompetitorPosts.Source> sources = competitorPosts.sources(brand);
        Map<String, List<CompetitorPosts.Source>> byCompetitor = new LinkedHashMap<>();
        named.keySet().forEach(id -> byCompetitor.put(id, new ArrayList<>()));
        sources.forEach(src -> byCompetitor.computeIfAbsent(src.competitor(), k -> new ArrayList<>()).add(src));
        Instant now = clock.instant();
        Instant first = SlotFinder.weekStart(from, zone);
        Instant last = SlotFinder.nextWeekStart(to.minusNanos(1), zone);
        Instant recentFrom = SlotFinder.weekStart(now, zone).atZone(zone).minusWeeks(ObservedCadence.RECENT_WEEKS)
                .toInstant();
        Instant earliest = first.isBefore(recentFrom) ? first : recentFrom;
        Instant latest = last.isAfter(now) ? last : now;
        Map<String, List<Instant>> posts = new LinkedHashMap<>();
        competitorPosts.posts(brand, earliest, latest).forEach(p -> posts.computeIfAbsent(p.competitor(),
                k -> new ArrayList<>()).add(p.publishedAt()));
        List<CadenceApi.Competitor> brands = new ArrayList<>();
        for (Map.Entry<String, List<CompetitorPosts.Source>> e : byCompetitor.entrySet()) {
            String id = e.getKey();
            String name = named.getOrDefault(id, id);
            List<CompetitorPosts.Source> feeds = e.getValue();
            // Every post is known from the time the last of its feeds shows its oldest post.
            Instant knownFrom = feeds.stream().map(CompetitorPosts.Source::earliestPost).max(Comparator.naturalOrder())
                    .orElse(null);
            ObservedCadence.Result r = ObservedCadence.of(zone, posts.getOrDefault(id, List.of()), knownFrom, from,
                    to, now);
            brands.add(new CadenceApi.Competitor(id, name, named.containsKey(id), !feeds.isEmpty(),
                    r.weeks().stream().map(w -> new CadenceApi.CompetitorWeek(w.week(), w.from(), w.to(), w.posts(),
                            w.partial())).toList(),
                    r.averagePerWeek(), r.weeksAveraged(), r.recentAveragePerWeek(), r.recentWeeks(),
                    feeds.stream().map(f -> new CadenceApi.CompetitorSource(f.channelId(), f.name(), f.feedUrl(),
                            f.readSince(), f.earliestPost(), f.posts())).toList(),
                    competitorNote(id, name, feeds, knownFrom, zone)));
        }
        if (sources.isEmpty()) {
            return new CadenceApi.Competitors(false, NO_COMPETITORS, brands);
        }
        String feeds = sources.stream().map(f -> feedName(f) + " (" + named.getOrDefault(f.competitor(),
                f.competitor()) + ") read since " + day(f.readSince(), zone)).collect(Collectors.joining("; "));
        return new CadenceApi.Competitors(true, "Observed on the competitors' public feeds listening reads: " + feeds
                + ". Weeks not yet begun, or before the oldest post a competitor's feeds show, are not known.", brands);
    }

    private static String competitorNote(String id, String name, List<CompetitorPosts.Source> feeds,
            Instant knownFrom, ZoneId zone) {
        if (feeds.isEmpty()) {
            return "No posts of " + name + " observed: no listening source is marked as its feed (an rss source "
                    + "with settings.competitor = " + id + ").";
        }
        return "Observed on " + feeds.stream().map(f -> feedName(f) + " (" + f.feedUrl() + "), read since "
                + day(f.readSince(), zone)).collect(Collectors.joining("; ")) + "; posts known from "
                + day(knownFrom, zone) + " on.";
    }

    private static String feedName(CompetitorPosts.Source f) {
        return f.name() != null && !f.name().isBlank() ? f.name() : f.feedUrl();
    }

    private static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().format(DAY);
    }

    private static CadenceApi.AccountCadence row(CadenceRules rules, String id, String name, String platform,
            List<CadencePlan.Planned> planned, Instant from, Instant to) {
        CadenceRules.Rule rule = rules.ruleFor(id, platform);
        CadencePlan.Result result = CadencePlan.of(rule, rules.zone(), planned, from, to);
        return new CadenceApi.AccountCadence(id, name, platform, target(rule),
                result.weeks().stream().map(w -> new CadenceApi.Week(w.week(), w.from(), w.to(), w.planned(),
                        w.target(), w.shortfall(), w.overload(), w.state())).toList(),
                result.violations().stream().map(v -> new CadenceApi.Violation(v.kind(), v.variantId(), v.storyId(),
                        v.at(), v.detail(), v.otherVariantId())).toList());
    }

    public CadenceApi.NextSlot next(String brand, String channelAccount, Optional<Instant> afterParam) {
        if (channelAccount == null || channelAccount.isBlank()) {
            throw ProblemException.invalid("channelAccount", "is required");
        }
        ChannelsClient.Account account = accounts.find(brand, channelAccount).orElseThrow(() ->
                ProblemException.invalid("channelAccount", "is not one of the brand's channel accounts"));
        CadenceRules rules = CadenceRules.from(standards.catalogue(brand));
        CadenceRules.Rule rule = rules.ruleFor(account.id(), account.platform());
        Instant now = clock.instant();
        Instant after = afterParam.filter(a -> a.isAfter(now)).orElse(now);
        Instant horizon = after.plus(SLOT_HORIZON);
        // Posts up to a week before count for the gap and the week's count.
        List<Instant> planned = Variant.<Variant>list("brand = ?1 and channelAccount = ?2 and scheduledFor >= ?3 "
                        + "and scheduledFor < ?4 and status not in ?5", brand, account.id(),
                after.minus(Duration.ofDays(8)), horizon, NOT_PLANNED).stream().map(v -> v.scheduledFor).toList();
        Optional<SlotFinder.Slot> slot = SlotFinder.next(rule, rules.zone(), planned, after, horizon);
        return new CadenceApi.NextSlot(account.id(), account.name(), account.platform(), rules.zone().getId(), after,
                slot.map(SlotFinder.Slot::at).orElse(null),
                slot.map(s -> s.at().atZone(rules.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                        .format(LOCAL_MINUTE)).orElse(null),
                slot.map(SlotFinder.Slot::movedBecause).orElse(List.of("no free slot within "
                        + SLOT_HORIZON.toDays() + " days: blackouts or quiet hours cover all of it")),
                target(rule));
    }

    static CadenceApi.Target target(CadenceRules.Rule rule) {
        if (!rule.hasTarget() && rule.blackouts().isEmpty()) {
            return null;
        }
        return new CadenceApi.Target(rule.source(), rule.postsPerWeek(), rule.minGapMinutes(),
                rule.quietHours().stream().map(q -> new CadenceApi.Quiet(q.days().stream().sorted().map(Enum::name)
                        .toList(), q.from().toString(), q.to().toString())).toList(),
                rule.blackouts().stream().map(b -> new CadenceApi.Blackout(b.from(), b.to(), b.reason())).toList());
    }
}
