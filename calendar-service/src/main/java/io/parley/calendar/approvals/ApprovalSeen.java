package io.parley.calendar.approvals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The version of a variant an approver last saw in their approvals list. */
@Entity
@Table(name = "approval_seen")
@IdClass(ApprovalSeen.Key.class)
public class ApprovalSeen extends PanacheEntityBase {

    public record Key(String userName, UUID variantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "user_name")
    public String userName;

    @Id
    @Column(name = "variant_id")
    public UUID variantId;

    @Column(nullable = false)
    public int version;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;
}
