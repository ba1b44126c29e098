package io.parley.inbox.incidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A crisis seen as one thing: the brand's related conversations gathered under it. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String title;

    /** open or closed. */
    @Column(nullable = false)
    public String state;

    /** spike (from analytics) or manual (a manager). */
    @Column(nullable = false)
    public String source;

    @Column(name = "spike_id")
    public UUID spikeId;

    /** complaint or negative: the interactions gathered; null to gather by terms only. */
    public String signal;

    /** Words gathered by, space separated. */
    @Column(nullable = false)
    public String terms = "";

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "window_end", nullable = false)
    public Instant windowEnd;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String resolution;
}
