package io.parley.calendar.cadence;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The brand's cadence as the catalogue's section 10 states it (docs/standards.md), read from the catalogue document
 * standards-service serves, with section 9's time zone: brand-wide blackouts and one target per channel or channel
 * account. Pure: the policies below take it and a clock's instants, nothing else.
 */
public record CadenceRules(ZoneId zone, List<Blackout> blackouts, List<Target> targets) {

    /** One channel's (a platform id) or one account's target, as written. */
    public record Target(String channel, String channelAccount, Integer postsPerWeek, Integer minGapMinutes,
            List<QuietHours> quietHours, List<Blackout> blackouts) {
    }

    /** Local dates, both included. */
    public record Blackout(LocalDate from, LocalDate to, String reason) {

        /** The instant this blackout ends, when {@code at} falls in it. */
        Optional<Instant> endIfInside(Instant at, ZoneId zone) {
            LocalDate day = at.atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                return Optional.empty();
            }
            return Optional.of(to.plusDays(1).atStartOfDay(zone).toInstant());
        }

        String describe() {
            String dates = from.equals(to) ? from.toString() : from + " to " + to;
            return "blackout " + dates + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
        }
    }

    /**
     * A quiet period starting at {@code from} (local) on each of {@code days} (all days when empty) and ending at
     * {@code to}: on the next day when {@code to} is not after {@code from}; {@code from} equal to {@code to} is 24
     * hours. The end is a local time, so a quiet night across a DST change still ends at 07:00 on the clock.
     */
    public record QuietHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        Optional<Instant> endIfInside(Instant at, ZoneId zone) {
            LocalDate day = at.atZone(zone).toLocalDate();
            long length = Duration.between(from, to).toMinutes();
            if (length <= 0) {
                length += 24 * 60;
            }
            for (LocalDate start = day.minusDays(1); !start.isAfter(day); start = start.plusDays(1)) {
                if (!days.isEmpty() && !days.contains(start.getDayOfWeek())) {
                    continue;
                }
                LocalDateTime localStart = start.atTime(from);
                Instant begins = ZonedDateTime.of(localStart, zone).toInstant();
                Instant ends = ZonedDateTime.of(localStart.plusMinutes(length), zone).toInstant();
                if (!at.isBefore(begins) && at.isBefore(ends)) {
                    return Optional.of(ends);
                }
            }
            return Optional.empty();
        }

        String describe() {
            String on = days.isEmpty() ? "" : " on " + days.stream().map(d -> d.name().charAt(0)
                    + d.name().substring(1, 3).toLowerCase()).reduce((a, b) -> a + ", " + b).orElse("");
            return "quiet hours " + from + "–" + to + on;
        }
    }

    /**
     * The rule that applies to one account: the account's own target, else its platform's, else none (the
     * brand-wide blackouts still apply); the blackouts are the brand's and the target's.
     */
    public record Rule(String source, Integer postsPerWeek, Integer minGapMinutes, List<QuietHours> quietHours,
            List<Blackout> blackouts) {

        public boolean hasTarget() {
            return source != null;
        }

        public Duration minGap() {
            return minGapMinutes == null ? Duration.ZERO : Duration.ofMinutes(minGapMinutes);
        }
    }

    public Rule ruleFor(String accountId, String platform) {
        Target t = targets.stream().filter(x -> accountId != null && accountId.equals(x.channelAccount())).findFirst()
                .orElseGet(() -> targets.stream().filter(x -> platform != null && platform.equals(x.channel()))
                        .findFirst().orElse(null));
        List<Blackout> all = new ArrayList<>(blackouts);
        if (t == null) {
            return new Rule(null, null, null, List.of(), List.copyOf(all));
        }
        all.addAll(t.blackouts());
        String source = t.channelAccount() != null ? "channelAccount " + t.channelAccount() : "channel " + t.channel();
        return new Rule(source, t.postsPerWeek(), t.minGapMinutes(), t.quietHours(), List.copyOf(all));
    }

    /** No targets, no blackouts, in the zone. */
    public static CadenceRules none(ZoneId zone) {
        return new CadenceRules(zone, List.of(), List.of());
    }

    /**
     * Section 10 of a catalogue document (and section 9's time zone). The document was valid when standards-service
     * stored it; a value that still cannot be read is left out rather than failing the calendar.
     */
    public static CadenceRules from(JsonNode catalogue) {
        ZoneId zone = ZoneId.of("UTC");
        String tz = catalogue.path("responseTargets").path("timeZone").asText("");
        if (!tz.isBlank()) {
            try {
                zone = ZoneId.of(tz);
            } catch (DateTimeException e) {
                // stays UTC
            }
        }
        JsonNode cadence = catalogue.path("cadence");
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : cadence.path("targets")) {
            List<QuietHours> quiet = new ArrayList<>();
            for (JsonNode q : t.path("quietHours")) {
                LocalTime from = time(q.path("from"));
                LocalTime to = time(q.path("to"));
                if (from == null || to == null) {
                    continue;
                }
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (JsonNode d : q.path("days")) {
                    try {
                        days.add(DayOfWeek.valueOf(d.asText()));
                    } catch (IllegalArgumentException e) {
                        // left out
                    }
                }
                quiet.add(new QuietHours(days, from, to));
            }
            targets.add(new Target(text(t.path("channel")), text(t.path("channelAccount")),
                    t.path("postsPerWeek").isInt() ? t.path("postsPerWeek").asInt() : null,
                    t.path("minGapMinutes").isInt() ? t.path("minGapMinutes").asInt() : null,
                    List.copyOf(quiet), blackouts(t.path("blackouts"))));
        }
        return new CadenceRules(zone, blackouts(cadence.path("blackouts")), List.copyOf(targets));
    }

    private static List<Blackout> blackouts(JsonNode array) {
        List<Blackout> out = new ArrayList<>();
        for (JsonNode b : array) {
            try {
                out.add(new Blackout(LocalDate.parse(b.path("from").asText()), LocalDate.parse(b.path("to").asText()),
                        text(b.path("reason"))));
            } catch (DateTimeParseException e) {
                // left out
            }
        }
        return List.copyOf(out);
    }

    private static LocalTime time(JsonNode n) {
        try {
            return n.isTextual() ? LocalTime.parse(n.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
