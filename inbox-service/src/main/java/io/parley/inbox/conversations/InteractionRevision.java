package io.parley.inbox.conversations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of an interaction on the platform, with the text it had before. */
@Entity
@Table(name = "interaction_revision")
public class InteractionRevision extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "interaction_id", nullable = false)
    public UUID interactionId;
    @Column(nullable = false)
    public String change;
    @Column(name = "text_before")
    public String textBefore;
    @Column(name = "text_after")
    public String textAfter;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "platform_time")
    public Instant platformTime;
    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;
    /** False while the interaction it changes has not arrived yet. */
    public boolean applied;
}
