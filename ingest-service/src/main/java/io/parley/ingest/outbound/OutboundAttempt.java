package io.parley.ingest.outbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An action on its way to (or back from) a live platform; see V20__outbound_attempts.sql. */
@Entity
@Table(name = "outbound_attempt")
public class OutboundAttempt extends PanacheEntityBase {

    public static final String IN_FLIGHT = "in_flight";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String DELAYED = "delayed";
    public static final String UNKNOWN = "unknown";

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(nullable = false)
    public String action;

    public String origin;

    @Column(nullable = false)
    public String method;

    /** The request's address with any credential redacted. */
    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_reason")
    public String lastReason;

    @Column(name = "platform_object_id")
    public String platformObjectId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** live, or sandbox (a sandbox action waits here only until its {@code notBefore}). */
    @Column(nullable = false)
    public String mode = "live";

    /** The requested action's event, as JSON, to act on again after a wait. */
    public String request;

    /** The gateway's attempt number the next report is about. */
    @Column(nullable = false)
    public int round = 1;

    /** Sent once more after reconciliation found nothing (never twice). */
    @Column(nullable = false)
    public boolean resent;

    /** Reads of the account's recent posts that failed while reconciling. */
    @Column(nullable = false)
    public int reads;

    /** When a delayed or unknown action is taken up again; null while it waits for a reconnected channel. */
    @Column(name = "next_at")
    public Instant nextAt;

    public String failure;

    public String permalink;

    /** When the round's request that others see left (reconciliation looks at posts from then). */
    @Column(name = "sent_at")
    public Instant sentAt;
}
