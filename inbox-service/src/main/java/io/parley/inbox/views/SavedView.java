package io.parley.inbox.views;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A named filter and order of the queue: a person's own ({@link #owner}) or a team's ({@link #team}). V46. */
@Entity
@Table(name = "saved_view")
public class SavedView extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String name;

    /** The user whose own view it is; null for a team's. */
    public String owner;

    /** The team it is shared with; null for a person's own. */
    public String team;

    /** The listing's query parameters as a JSON object of strings. */
    @Column(nullable = false)
    public String filters = "{}";

    /** The order's id (QueueOrder). */
    @Column(nullable = false)
    public String sort = "due";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
