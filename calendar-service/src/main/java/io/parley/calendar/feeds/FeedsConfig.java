package io.parley.calendar.feeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The iCalendar feeds: where their URLs point and how much of the calendar they hold. */
@ConfigMapping(prefix = "parley.calendar.feeds")
public interface FeedsConfig {

    /** The public address calendar apps fetch feeds from (the console relays them without a session). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How far back a feed reaches. */
    @WithDefault("P90D")
    Duration past();

    /** How far ahead a feed reaches. */
    @WithDefault("P366D")
    Duration ahead();
}
