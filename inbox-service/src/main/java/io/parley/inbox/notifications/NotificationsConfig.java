package io.parley.inbox.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Notifications: where e-mails link to, how often the senders look for work, how webhooks retry. */
@ConfigMapping(prefix = "parley.inbox.notifications")
public interface NotificationsConfig {

    /** The console's address, for the links in e-mails. */
    @WithDefault("http://localhost:8080")
    String consoleUrl();

    /** How often the e-mail sender and the webhook deliverer look for due work. */
    @WithDefault("PT1S")
    Duration scanEvery();

    /** Most e-mails or deliveries one pass takes. */
    @WithDefault("20")
    int batch();

    /** E-mail attempts before a notification's e-mail is given up as failed (a mail server that refuses it). */
    @WithDefault("5")
    int mailAttempts();

    /**
     * E-mails of one kind a person gets one by one for a brand within {@link #mailDigestEvery()}; more than that go out
     * together as one digest, and the rest of the window's as one more at its end ({@link MailPacing}).
     */
    @WithDefault("20")
    int mailDigestAfter();

    /** The window {@link #mailDigestAfter()} counts in: a person gets at most one digest of a kind per brand in it. */
    @WithDefault("PT15M")
    Duration mailDigestEvery();

    Webhooks webhooks();

    interface Webhooks {
        /** Attempts of one delivery (the first and its retries) before it is marked failed. */
        @WithDefault("6")
        int maxAttempts();

        /** The wait before the first retry; each next one waits twice as long, up to {@link #maxBackoff()}. */
        @WithDefault("PT10S")
        Duration firstBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** How long a receiver has to answer one attempt; longer counts as a timeout (retried). */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
