package io.parley.analytics.timeline;

import io.parley.platform.time.TimeWindow;
import io.parley.analytics.volumes.Bucket;
import io.parley.analytics.volumes.VolumeStore;
import io.parley.analytics.volumes.Volumes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The timeline of a brand: per UTC day the moments of truth and sentiment (the volumes' figures), each day with the
 * incidents open at some time in it. One composition for the endpoint and the report pack.
 */
@ApplicationScoped
public class Timelines {

    @Inject
    VolumeStore volumes;

    @Inject
    IncidentMarks incidents;

    public Timeline.View of(String brand, Optional<String> channel, TimeWindow window) {
        VolumeStore.Series series = volumes.series(brand, channel, window, Bucket.DAY);
        List<Volumes.VolumeBucket> moments = series.volumes();
        List<Volumes.SentimentBucket> feelings = series.sentiment();
        List<Timeline.Incident> marked = incidents.during(brand, window);
        List<Timeline.Day> days = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Volumes.VolumeBucket m = moments.get(i);
            Volumes.SentimentBucket s = feelings.get(i);
            Instant dayEnd = m.start().plus(1, ChronoUnit.DAYS);
            List<UUID> open = marked.stream().filter(x -> x.openedAt().isBefore(dayEnd)
                    && (x.closedAt() == null || !x.closedAt().isBefore(m.start()))).map(Timeline.Incident::incidentId)
                    .toList();
            days.add(new Timeline.Day(m.start(), m.complaint(), m.question(), m.suggestion(), m.praise(),
                    m.unclassified(), m.spam(), s.positive(), s.neutral(), s.negative(), s.averageScore(), open));
        }
        return new Timeline.View(brand, channel.orElse(null), window.from(), window.to(), days, marked);
    }
}
