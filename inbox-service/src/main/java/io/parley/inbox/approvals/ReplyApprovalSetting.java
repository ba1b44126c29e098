package io.parley.inbox.approvals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;

/**
 * A brand's reply approvals: the agents whose public replies wait for a second person's approval (new starters),
 * who may approve them (none named: the brand's managers, admins and approvers) and how long approvers have.
 * No row: nobody is held.
 */
@Entity
@Table(name = "reply_approval_setting")
public class ReplyApprovalSetting extends PanacheEntityBase {

    @Id
    public String brand;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "held_agents", nullable = false)
    public String[] heldAgents;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] approvers;

    @Column(name = "due_minutes", nullable = false)
    public int dueMinutes;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean holds(String user) {
        return Arrays.asList(heldAgents).contains(user);
    }
}
