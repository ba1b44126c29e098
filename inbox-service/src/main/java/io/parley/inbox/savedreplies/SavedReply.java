package io.parley.inbox.savedreplies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A reply the brand wrote once, in its community voice, for one language; with {variables}. */
@Entity
@Table(name = "saved_reply")
public class SavedReply extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    /** ISO 639-1. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** The sentiment it is meant for (negative: for angry customers), or null for any. */
    public String sentiment;

    /** Tone guidance for the agent (never sent). */
    public String guidance;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
