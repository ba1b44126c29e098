package io.parley.inbox.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A brand's moderation rule: hide comments enrichment classified abusive as they arrive. Off when absent. */
@Entity
@Table(name = "moderation_rule")
public class ModerationRule extends PanacheEntityBase {

    @Id
    public String brand;

    @Column(name = "auto_hide_abusive", nullable = false)
    public boolean autoHideAbusive;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
