package io.parley.calendar.feeds;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed parsed back by ical4j: the same moments on both sides of a DST change, in the brand's zone. */
class FeedCalendarTest {

    static Instant startOf(VEvent event) {
        net.fortuna.ical4j.model.property.DtStart<Temporal> dtStart = event.<net.fortuna.ical4j.model.property.DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        Temporal start = dtStart.getDate();
        return start instanceof ZonedDateTime z ? z.toInstant() : Instant.from(start);
    }

    @Test
    void eventsKeepTheirMomentAndLocalTimeAcrossDst() throws Exception {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        UUID story = UUID.randomUUID();
        // 10:00 in Warsaw on 27 March 2027 (CET, UTC+1) and on 29 March 2027 (CEST, UTC+2).
        Instant winter = Instant.parse("2027-03-27T09:00:00Z");
        Instant summer = Instant.parse("2027-03-29T08:00:00Z");
        String ics = FeedCalendar.render("Acme", List.of(
                new FeedCalendar.Entry(before, story, "Zimowa kolekcja ❄", "facebook", "Acme on Facebook", "scheduled",
                        "Już jest ❄ — zobacz", winter, "Europe/Warsaw", 3, winter.minusSeconds(86_400), null),
                new FeedCalendar.Entry(after, story, "Zimowa kolekcja ❄", "x", "@acme", "in_review",
                        "Ελληνικά, русский", summer, "Europe/Warsaw", 1, winter, "https://sandbox.parley.local/x/1")),
                id -> "http://localhost:8080/stories/" + id);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Warsaw:20270327T100000"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Warsaw:20270329T100000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals(before + "@parley", events.get(0).getUid().orElseThrow().getValue());
        assertEquals(winter, startOf(events.get(0)));
        assertEquals(summer, startOf(events.get(1)));
        assertEquals("[Facebook] Zimowa kolekcja ❄ (scheduled)", events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("CONFIRMED", events.get(0).getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("TENTATIVE", events.get(1).getProperty(Property.STATUS).orElseThrow().getValue());
        assertTrue(events.get(1).getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Ελληνικά, русский"));
        assertEquals("https://sandbox.parley.local/x/1", events.get(1).getProperty(Property.URL).orElseThrow().getValue());
        assertEquals("http://localhost:8080/stories/" + story,
                events.get(0).getProperty(Property.URL).orElseThrow().getValue());
    }
}
