package io.parley.calendar.reviewers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** External reviewers' links and the limits of their public pages. */
@ConfigMapping(prefix = "parley.calendar.review")
public interface ReviewConfig {

    /** The console's address; a reviewer's link is {@code <console-url>/review/<token>}. */
    @WithDefault("http://localhost:8080")
    String consoleUrl();

    /** How long a link works when the inviting editor does not say (1 to 30 days). */
    @WithDefault("7")
    int defaultDays();

    /** Requests one link may make per window. */
    @WithDefault("60")
    int perToken();

    /** Requests one client address may make per window (all links together). */
    @WithDefault("300")
    int perAddress();

    @WithDefault("PT1M")
    Duration window();
}
