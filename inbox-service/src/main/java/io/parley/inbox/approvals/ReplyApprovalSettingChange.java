package io.parley.inbox.approvals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One change of a brand's reply approvals setting: the whole setting after it, who made it and when. */
@Entity
@Table(name = "reply_approval_setting_change")
public class ReplyApprovalSettingChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "held_agents", nullable = false)
    public String[] heldAgents;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] approvers;

    @Column(name = "due_minutes", nullable = false)
    public int dueMinutes;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
