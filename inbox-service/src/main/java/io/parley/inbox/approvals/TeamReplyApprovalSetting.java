package io.parley.inbox.approvals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A team's own reply approvals (V100): the agents whose replies in the team's conversations wait for approval, who may
 * approve them (none named: the brand's managers, admins and approvers) and how long approvers have. No row: the
 * brand's setting alone applies to the team's conversations.
 */
@Entity
@Table(name = "team_reply_approval_setting")
@IdClass(TeamReplyApprovalSetting.Key.class)
public class TeamReplyApprovalSetting extends PanacheEntityBase {

    @Id
    public String brand;

    @Id
    public String team;

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

    static TeamReplyApprovalSetting find(String brand, String team) {
        return findById(new Key(brand, team));
    }

    /** The primary key: brand and team name. */
    public static class Key implements Serializable {
        public String brand;
        public String team;

        public Key() {
        }

        public Key(String brand, String team) {
            this.brand = brand;
            this.team = team;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(brand, k.brand) && Objects.equals(team, k.team);
        }

        @Override
        public int hashCode() {
            return Objects.hash(brand, team);
        }
    }
}
