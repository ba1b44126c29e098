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

    /** The account's id on its platform (the Facebook page id, …): how the channel gateway names the account. */
    @Column(name = "platform_account_id")
    public String platformAccountId;

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

    /** Goes up at every claim by the scheduler: the publish action's id is a stable UUID of (variant, round). */
    @Column(name = "publish_round", nullable = false)
    public int publishRound;

    /** publishing, delayed, unknown, published or failed; null before the first claim. */
    @Column(name = "publication_state")
    public String publicationState;

    @Column(name = "platform_post_id")
    public String platformPostId;

    public String permalink;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "publish_failure")
    public String publishFailure;

    @Column(name = "publish_reason")
    public String publishReason;

    @Column(name = "publish_retry_at")
    public Instant publishRetryAt;

    /** Minutes after publishing the first comment goes out; null: the configured default. */
    @Column(name = "first_comment_delay")
    public Integer firstCommentDelay;

    @Column(name = "first_comment_state")
    public String firstCommentState;

    @Column(name = "first_comment_id")
    public String firstCommentId;

    @Column(name = "first_comment_permalink")
    public String firstCommentPermalink;

    /** For a correction: the published variant it corrects. */
    @Column(name = "correction_of")
    public UUID correctionOf;

    /** edit or reply. */
    @Column(name = "correction_kind")
    public String correctionKind;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "deletion_by")
    public String deletionBy;

    @Column(name = "deletion_reason")
    public String deletionReason;

    @Column(name = "deletion_requested_at")
    public Instant deletionRequestedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
