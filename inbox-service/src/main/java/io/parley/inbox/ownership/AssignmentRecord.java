package io.parley.inbox.ownership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One (re)assignment of a conversation: to whom, by whom, when and why. */
@Entity
@Table(name = "conversation_assignment")
public class AssignmentRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    public String team;

    public String assignee;

    @Column(name = "previous_team")
    public String previousTeam;

    @Column(name = "previous_assignee")
    public String previousAssignee;

    @Column(nullable = false)
    public String reason;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(nullable = false)
    public Instant at;

    TeamViews.AssignmentView view() {
        return new TeamViews.AssignmentView(team, assignee, previousTeam, previousAssignee, reason, ruleName,
                assignedBy, at);
    }
}
