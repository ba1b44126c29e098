package io.parley.calendar.posts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the calendar may be read. */
@ConfigMapping(prefix = "parley.calendar")
public interface CalendarConfig {

    /** The longest range one calendar request may span: a year and a day, so a whole year always fits. */
    @WithDefault("P366D")
    Duration longestRange();
}
