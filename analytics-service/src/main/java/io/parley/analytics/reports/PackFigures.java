package io.parley.analytics.reports;

import io.parley.analytics.care.Care;
import io.parley.analytics.contacts.Contacts;
import io.parley.analytics.publishing.Publishing;
import io.parley.analytics.timeline.Timeline;

import java.time.Instant;

/**
 * Everything one report pack shows, as the JSON endpoints answer it for the same brand and window: the care figures
 * per channel, team and agent, the meaningful contacts, the publishing figures per channel (followers included), the
 * timeline with its incidents, and the period's commentary.
 */
public record PackFigures(String brand, Instant from, Instant to, String hours, Instant generatedAt,
        Care.View perChannel, Care.View perTeam, Care.View perAgent, Contacts.View contacts,
        Publishing.Report publishing, Timeline.View timeline, Reports.Commentary commentary) {
}
