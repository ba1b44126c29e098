package io.parley.inbox.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A hide, unhide or delete of an interaction on its platform: why, by whom, when, and how it went. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction extends PanacheEntityBase {

    /** The outbound action's id; the gateway's delivery report carries it back. */
    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "interaction_id", nullable = false)
    public UUID interactionId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String brand;

    /** hide, unhide or delete. */
    @Column(nullable = false)
    public String action;

    /** abusive, spam, below_the_belt or legal (none for unhide). */
    public String reason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** sending, done or failed. */
    @Column(nullable = false)
    public String status;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "completed_at")
    public Instant completedAt;
}
