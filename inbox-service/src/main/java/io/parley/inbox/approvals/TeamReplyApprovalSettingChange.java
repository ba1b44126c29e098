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

/** One change of a team's reply approvals setting: the whole setting after it (or its removal), who and when. */
@Entity
@Table(name = "team_reply_approval_setting_change")
public class TeamReplyApprovalSettingChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String team;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "held_agents", nullable = false)
    public String[] heldAgents;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] approvers;

    @Column(name = "due_minutes", nullable = false)
    public int dueMinutes;

    /** True: the team's own setting was removed; the brand's applies to its conversations again. */
    @Column(nullable = false)
    public boolean removed;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
