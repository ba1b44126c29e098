package io.parley.calendar.feeds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A secret feed URL: its token is never stored, only the SHA-256 of it. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    public static final String BRAND = "brand";
    public static final String MINE = "mine";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    /** brand: every story of the brand; mine: the owner's stories (they own the story or wrote the variant). */
    @Column(nullable = false)
    public String scope;

    @Column(nullable = false)
    public String owner;

    @Column(name = "token_hash", nullable = false)
    public byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "last_read_at")
    public Instant lastReadAt;
}
