package io.parley.calendar.pause;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A pause of all of a brand's publishing, kept after it is lifted as the record of who, when and why. */
@Entity
@Table(name = "publishing_pause")
public class PublishingPause extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String reason;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "paused_by", nullable = false)
    public String pausedBy;

    @Column(name = "paused_at", nullable = false)
    public Instant pausedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lift_reason")
    public String liftReason;

    /** On lift: {@link HeldPosts#SEND} or {@link HeldPosts#RESCHEDULE}. */
    public String held;

    @Column(name = "held_count")
    public Integer heldCount;

    public boolean inForce() {
        return liftedAt == null;
    }
}
