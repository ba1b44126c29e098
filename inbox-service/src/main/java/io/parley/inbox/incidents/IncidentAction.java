package io.parley.inbox.incidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One bulk action on an incident's conversations: who, when, what, how many. */
@Entity
@Table(name = "incident_action")
public class IncidentAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    /** gather, assign, hide or close. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String detail;

    @Column(nullable = false)
    public int affected;

    @Column(name = "done_by", nullable = false)
    public String doneBy;

    @Column(name = "done_at", nullable = false)
    public Instant doneAt;
}
