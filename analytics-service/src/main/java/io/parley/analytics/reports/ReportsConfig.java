package io.parley.analytics.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The report pack, its exports, schedules and signed links (docs/metrics.md, Reports). */
@ConfigMapping(prefix = "parley.analytics.reports")
public interface ReportsConfig {

    /** Rows read from the database per page while a CSV export streams (one page in memory at a time). */
    @WithDefault("500")
    int exportPage();

    /** Rows of each table in the PDF (agents, posts): the pack is a summary; the CSVs hold every row. */
    @WithDefault("15")
    int packRows();

    /** How often the schedule job looks for schedules whose period has ended. */
    @WithDefault("PT1M")
    Duration scanEvery();

    /** The most schedules one pass of the job delivers (each in a transaction of its own). */
    @WithDefault("20")
    int batch();

    /**
     * The secret the links in report e-mails are signed with (HMAC-SHA256 over the delivery's id and the link's
     * expiry). In Kubernetes from the Secret analytics-service-secrets, never in a ConfigMap; changing it voids every
     * link handed out.
     */
    String linkSecret();

    /** How long a report e-mail's link works. */
    @WithDefault("P30D")
    Duration linkValidFor();

    /** The address the links point at: the console, which relays {@code /api/v1/report-links/...} without a session. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * How long the job waits before it tries a due schedule again when its e-mail was not taken by the mail server or
     * its pack could not be built; the other due schedules go on meanwhile.
     */
    @WithDefault("PT10M")
    Duration retryAfter();

    /** How many times a period's e-mail is tried before the schedule moves on to its next period (kept as failed). */
    @WithDefault("3")
    int attempts();

    /** The most recipients one schedule may have. */
    @WithDefault("20")
    int mostRecipients();
}
