package io.parley.calendar.reviewers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An external reviewer's access to one story: the SHA-256 of their link's token, its expiry and revocation. */
@Entity
@Table(name = "reviewer_link")
public class ReviewerLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    public byte[] tokenHash;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
