package io.parley.calendar.stories;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A story as one channel account will show it: its own text, media, link, schedule, status and approval. Every
 * change makes a new {@link #version} (kept in {@link VariantVersion}).
 */
@Entity
@Table(name = "variant")
public class Variant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(nullable = false)
    public String brand;

    @Column(name = "channel_account", nullable = false)
    public String channelAccount;

    @Column(name = "channel_name")
    public String channelName;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String text;

    /** A JSON array of media ids, in the order they are shown. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String media;

    public String link;

    @Column(name = "tracked_link")
    public String trackedLink;

    @Column(name = "first_comment")
    public String firstComment;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String author;

    @Column(name = "last_editor", nullable = false)
    public String lastEditor;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The findings of the last check (JSON array of {@code Finding}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String findings;

    /** Overrides of blocking findings by code (JSON object code → {by, reason, at}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String overrides;

    /** The current round's approval (JSON {@code Workflow.Approval}), null before the first submission. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String approval;

    @Column(nullable = false)
    public int round;

    /** The version that was submitted (or approved) in the current round: the "before" of a review reset. */
    @Column(name = "reviewed_version")
    public Integer reviewedVersion;

    @Column(name = "remind_at")
    public Instant remindAt;

    @Column(name = "escalate_at")
    public Instant escalateAt;
}
