package io.parley.inbox.ownership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A new conversation that no rule could place, reported for the brand's managers. */
@Entity
@Table(name = "assignment_gap")
public class AssignmentGap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "fallback_team", nullable = false)
    public String fallbackTeam;

    public String assignee;

    @Column(nullable = false)
    public Instant at;
}
