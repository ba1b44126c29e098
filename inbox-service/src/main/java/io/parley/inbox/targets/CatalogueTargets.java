package io.parley.inbox.targets;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.platform.time.BusinessHours;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * Reads section 9 as standards-service publishes it; its hours as platform's {@link BusinessHours} reads them
     * (what cannot be read is skipped or falls back, so that a bad catalogue never stops the inbox from dating
     * conversations).
     */
    public static CatalogueTargets parse(long version, JsonNode section, int fallbackMinutes) {
        if (section == null || section.isMissingNode() || section.isNull()) {
            return new CatalogueTargets(version, fallbackMinutes, BusinessHours.always(ZoneOffset.UTC), List.of());
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
        return new CatalogueTargets(version, defaultMinutes, BusinessHours.ofResponseTargets(section),
                List.copyOf(targets));
    }
}
