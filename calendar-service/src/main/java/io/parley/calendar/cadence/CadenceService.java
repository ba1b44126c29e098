package io.parley.calendar.cadence;

import io.parley.calendar.channels.ChannelAccounts;
import io.parley.calendar.channels.ChannelsClient;
import io.parley.calendar.posts.CalendarConfig;
import io.parley.calendar.posts.CalendarRange;
import io.parley.calendar.standards.Standards;
import io.parley.calendar.stories.Variant;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    static final String NO_COMPETITORS = "No competitor's cadence is observed: the listening sources ingest-service "
            + "reads (RSS and Atom feeds, forums, generic imports) are matched for mentions of the brand, none is marked "
            + "as a competitor's and no competitor account's posting times are collected, so there is nothing to "
            + "compare the plan with. Competitors are named in the catalogue (section 6) only for the checks.";

    @Inject
    Standards standards;
    @Inject
    ChannelAccounts accounts;
    @Inject
    CalendarConfig config;
    @Inject
    Clock clock;

    public CadenceApi.Report report(String brand, Optional<Instant> fromParam, Optional<Instant> toParam) {
        CadenceRules rules = CadenceRules.from(standards.catalogue(brand));
        Instant from = fromParam.orElseGet(() -> SlotFinder.weekStart(clock.instant(), rules.zone()));
        Instant to = toParam.orElseGet(() -> from.plus(DEFAULT_SPAN));
        CalendarRange.of(from, to, config.longestRange());
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
                new CadenceApi.Competitors(false, NO_COMPETITORS, List.of()));
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
