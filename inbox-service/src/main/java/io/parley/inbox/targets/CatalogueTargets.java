package io.parley.inbox.targets;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Section 9 of a brand's standards catalogue ({@code responseTargets}) as the inbox uses it: targets per
 * channel × moment of truth × priority, and the hours they count in. Pure.
 */
public record CatalogueTargets(long version, int defaultMinutes, BusinessHours hours, List<Target> targets) {

    /** The catalogue's moments of a response: the first one, one after the customer wrote again, the resolution. */
    public static final String FIRST_RESPONSE = "first-response";
    public static final String FOLLOW_UP = "follow-up";
    public static final String NORMAL = "normal";

    public record Target(String channel, String momentOfTruth, String priority, int minutes) {
    }

    /**
     * The most specific target for a conversation, in this order: the exact channel × moment × priority;
     * the channel and moment at normal priority; the channel's first-response target at the priority; the
     * channel's first-response target at normal priority; else the catalogue's default.
     */
    public int minutesFor(String channel, String momentOfTruth, String priority) {
        String p = priority == null ? NORMAL : priority;
        return find(channel, momentOfTruth, p)
                .or(() -> find(channel, momentOfTruth, NORMAL))
                .or(() -> find(channel, FIRST_RESPONSE, p))
                .or(() -> find(channel, FIRST_RESPONSE, NORMAL))
                .orElse(defaultMinutes);
    }

    private Optional<Integer> find(String channel, String moment, String priority) {
        return targets.stream().filter(t -> channel.equalsIgnoreCase(t.channel())
                        && moment.equalsIgnoreCase(t.momentOfTruth()) && priority.equalsIgnoreCase(t.priority()))
                .map(Target::minutes).findFirst();
    }

    /**
     * Reads section 9 as standards-service publishes it. What the catalogue validated is trusted; what still
     * cannot be read (an unknown zone) falls back to UTC, an unreadable window or holiday is skipped, so
     * that a bad catalogue never stops the inbox from dating conversations.
     */
    public static CatalogueTargets parse(long version, JsonNode section, int fallbackMinutes) {
        if (section == null || section.isMissingNode() || section.isNull()) {
            return new CatalogueTargets(version, fallbackMinutes, BusinessHours.always(ZoneOffset.UTC), List.of());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(section.path("timeZone").asText("UTC"));
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        int defaultMinutes = section.path("defaultMinutes").asInt(fallbackMinutes);
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : section.path("targets")) {
            int minutes = t.path("minutes").asInt(0);
            if (minutes > 0 && t.hasNonNull("channel")) {
                targets.add(new Target(t.path("channel").asText(), t.path("momentOfTruth").asText(FIRST_RESPONSE),
                        t.path("priority").asText(NORMAL), minutes));
            }
        }
        JsonNode hours = section.path("hours");
        BusinessHours counted;
        if ("business-hours".equals(hours.path("mode").asText())) {
            Map<DayOfWeek, List<BusinessHours.Window>> windows = new EnumMap<>(DayOfWeek.class);
            for (JsonNode d : hours.path("days")) {
                try {
                    DayOfWeek day = DayOfWeek.valueOf(d.path("day").asText().toUpperCase(Locale.ROOT));
                    windows.computeIfAbsent(day, k -> new ArrayList<>()).add(new BusinessHours.Window(
                            LocalTime.parse(d.path("from").asText()), LocalTime.parse(d.path("to").asText())));
                } catch (RuntimeException e) {
                    // skipped: see the method's comment
                }
            }
            Set<LocalDate> holidays = new HashSet<>();
            for (JsonNode h : section.path("holidays")) {
                try {
                    holidays.add(LocalDate.parse(h.asText()));
                } catch (RuntimeException e) {
                    // skipped
                }
            }
            counted = BusinessHours.of(zone, windows, holidays);
        } else {
            counted = BusinessHours.always(zone);
        }
        return new CatalogueTargets(version, defaultMinutes, counted, List.copyOf(targets));
    }
}
