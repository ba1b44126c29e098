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
}
