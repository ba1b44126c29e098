package io.parley.analytics.care;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The windows the care figures may be asked for (the drill-down's page size is the one rule, {@code parley.pages.*}). */
@ConfigMapping(prefix = "parley.analytics.care")
public interface CareConfig {

    /** The window reported when a request names no {@code from}: this long before {@code to}. */
    @WithDefault("P30D")
    Duration defaultWindow();

    /** The longest window one request may ask for, so that a query never scans a brand's whole history. */
    @WithDefault("P366D")
    Duration longestWindow();

    /**
     * How long after a recommendation was asked for the advocate's praise or positive interaction still counts as
     * the recommendation obtained.
     */
    @WithDefault("P30D")
    Duration recommendationWindow();

    /**
     * The memory one figures query may sort in (PostgreSQL's {@code work_mem}, for that transaction only): the
     * percentiles sort a window's durations, a year of a large brand some hundreds of thousands, which PostgreSQL's
     * default of 4 MB would sort on disk (docs/benchmarks.md, "Analytics at 10 million interactions").
     */
    @WithDefault("64MB")
    String sortMemory();

    /**
     * How often the closed months of the monthly care rollup are built from the daily one ({@link CareMonths}, read
     * by its {@code @Scheduled}); {@code off} in the tests, which build them themselves.
     */
    @WithDefault("PT10M")
    String monthsEvery();
}
