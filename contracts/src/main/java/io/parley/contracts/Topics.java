package io.parley.contracts;

import java.util.List;

/**
 * Every Kafka topic Parley uses. One topic per stream, versioned in its name; a breaking change
 * to a stream's records makes a new topic ({@code .v2}), never a change within a version.
 */
public final class Topics {
    /** Interactions heard on a channel (comments, replies, mentions, messages). Keyed by thread. */
    public static final String INTERACTIONS = "parley.interactions.v1";
    /**
     * Interactions as the gateway heard them, before enrichment: what a webhook's 200 promises is durable. Read
     * only by ingest-service's enrichment stage, which publishes each on {@link #INTERACTIONS} with its signals
     * under the same event id. Keyed by thread.
     */
    public static final String INTAKE = "parley.intake.v1";
    /**
     * What listening and the insights connectors observe beyond mentions: competitors' own posts read from their
     * public feeds, the figures of the brand's published posts and its accounts' followers, read from the networks.
     * Keyed by channel account (the listening source, the account whose figures they are).
     */
    public static final String ENGAGEMENT = "parley.engagement.v1";
    /** Actions to perform on a platform (reply, hide, delete, like, publish). Keyed by target object. */
    public static final String OUTBOUND = "parley.outbound.v1";
    /** The outcome of every outbound action. Keyed by action id. */
    public static final String DELIVERIES = "parley.deliveries.v1";
    /** What happens to conversations in the inbox. Keyed by conversation id. */
    public static final String INBOX = "parley.inbox.v1";
    /** What happens to planned posts. Keyed by post id. */
    public static final String POSTS = "parley.posts.v1";
    /** The current standards of each brand. Compacted, keyed by brand. */
    public static final String STANDARDS = "parley.standards.v1";
    /** Alerts raised by analytics (spikes, crises). Keyed by brand. */
    public static final String ALERTS = "parley.alerts.v1";
    /**
     * What happens to the brands' channel accounts themselves: their health (silent, token refused, rate limited, ...)
     * as the gateway sees it. Keyed by channel account.
     */
    public static final String CHANNELS = "parley.channels.v1";
    /** Records a consumer could never process, with the reason in the headers. */
    public static final String DEAD_LETTER = "parley.deadletter.v1";

    /** All topics, for the harness and the Kubernetes topic definitions. */
    public static final List<String> ALL = List.of(INTAKE, INTERACTIONS, ENGAGEMENT, OUTBOUND, DELIVERIES, INBOX, POSTS,
            STANDARDS, ALERTS, CHANNELS, DEAD_LETTER);

    /** Topics whose records are the latest state per key, and so are compacted. */
    public static final List<String> COMPACTED = List.of(STANDARDS);

    private Topics() {
    }
}
