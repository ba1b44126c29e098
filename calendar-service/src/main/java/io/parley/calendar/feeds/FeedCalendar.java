package io.parley.calendar.feeds;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A feed as an iCalendar document (RFC 5545), built with ical4j: one event per planned variant, starting at its time
 * in its own time zone (the brand's, {@code DTSTART;TZID=Europe/Warsaw:…}) with that zone's VTIMEZONE (its DST rules)
 * included, so a calendar app in any zone shows the right moment on either side of a DST change. Pure.
 */
public final class FeedCalendar {

    /** How long a post's event lasts in a calendar app: a post is a moment, this makes it visible. */
    static final Duration EVENT_LENGTH = Duration.ofMinutes(15);

    /** One variant as the feed shows it. */
    public record Entry(UUID variantId, UUID storyId, String storyTitle, String platform, String channelName,
            String status, String text, Instant scheduledFor, String timeZone, int version, Instant updatedAt,
            String permalink) {
    }

    private FeedCalendar() {
    }

    /** {@code storyUrl} makes a story's link in the console from its id. */
    public static String render(String name, List<Entry> entries, java.util.function.Function<UUID, String> storyUrl) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Parley//Publishing calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        Set<String> zones = new LinkedHashSet<>();
        for (Entry e : entries) {
            zones.add(zoneOf(e).getId());
        }
        for (String zone : zones) {
            net.fortuna.ical4j.model.TimeZone tz = registry.getTimeZone(zone);
            if (tz != null) {
                VTimeZone vtz = tz.getVTimeZone();
                calendar.add(vtz);
            }
        }
        for (Entry e : entries) {
            ZoneId zone = zoneOf(e);
            ZonedDateTime start = e.scheduledFor().atZone(zone);
            VEvent event = new VEvent(start, EVENT_LENGTH, summary(e));
            event.add(new Uid(e.variantId() + "@parley"));
            event.add(new DtStamp(e.updatedAt()));
            event.add(new Sequence(e.version()));
            event.add(new Description(description(e)));
            event.add(status(e.status()));
            String url = e.permalink() != null ? e.permalink() : storyUrl.apply(e.storyId());
            try {
                event.add(new Url(URI.create(url)));
            } catch (IllegalArgumentException ignored) {
                // an address that is no URI is left out; the description still names the story
            }
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static ZoneId zoneOf(Entry e) {
        try {
            return ZoneId.of(e.timeZone());
        } catch (RuntimeException ex) {
            return ZoneId.of("UTC");
        }
    }

    static String summary(Entry e) {
        return "[" + label(e.platform()) + "] " + e.storyTitle() + " (" + e.status().replace('_', ' ') + ")";
    }

    private static String description(Entry e) {
        StringBuilder d = new StringBuilder();
        d.append(label(e.platform()));
        if (e.channelName() != null) {
            d.append(" · ").append(e.channelName());
        }
        d.append(" · ").append(e.status().replace('_', ' ')).append("\n\n").append(e.text());
        if (e.permalink() != null) {
            d.append("\n\n").append(e.permalink());
        }
        return d.toString();
    }

    /** Confirmed once approved (or out), tentative while it is still being written or reviewed. */
    private static Status status(String variantStatus) {
        return switch (variantStatus) {
            case "approved", "scheduled", "publishing", "published" -> new Status(Status.VALUE_CONFIRMED);
            case "cancelled", "deleted" -> new Status(Status.VALUE_CANCELLED);
            default -> new Status(Status.VALUE_TENTATIVE);
        };
    }

    private static String label(String platform) {
        return switch (platform) {
            case "x" -> "X";
            case "vk" -> "VK";
            case "linkedin" -> "LinkedIn";
            case "youtube" -> "YouTube";
            default -> platform.isEmpty() ? platform : Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
        };
    }
}
