package io.parley.calendar.publishing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row of the publish ledger: an outbound action calendar-service asked the channel gateway for, and its state. */
@Entity
@Table(name = "publication_action")
public class PublicationAction extends PanacheEntityBase {

    public static final String PUBLISH = "publish";
    public static final String FIRST_COMMENT = "first_comment";
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    public static final String CORRECTION_REPLY = "correction_reply";

    /** States: requested, then delayed or unknown on the way, delivered or failed at the end. */
    public static final String REQUESTED = "requested";

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "variant_id", nullable = false)
    public UUID variantId;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public String action;

    @Column(name = "target_object_id")
    public String targetObjectId;

    public String text;

    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false)
    public String state;

    @Column(name = "platform_object_id")
    public String platformObjectId;

    public String permalink;

    public String failure;

    public String reason;

    @Column(name = "retry_at")
    public Instant retryAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "correction_id")
    public UUID correctionId;

    public boolean isFinal() {
        return "delivered".equals(state) || "failed".equals(state);
    }
}
