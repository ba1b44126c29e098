package io.parley.inbox.conversations;

import io.parley.contracts.interactions.Attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One thing a customer said, exactly as they said it. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(name = "thread_id", nullable = false)
    public String threadId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "platform_object_id", nullable = false)
    public String platformObjectId;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_profile_url")
    public String authorProfileUrl;

    @Column(nullable = false)
    public String text;

    public String permalink;

    @Column(name = "platform_time")
    public Instant platformTime;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    /** visible, hidden or deleted on the platform. */
    @Column(nullable = false)
    public String state = "visible";

    /** When the author last edited it (the text is the edited one; earlier texts are revisions). */
    @Column(name = "edited_at")
    public Instant editedAt;

    /** The platform time of the newest change applied, so an older change arriving late does not win. */
    @Column(name = "last_changed_at")
    public Instant lastChangedAt;

    /** What enrichment read in the text (null/false when enrichment was off). */
    public String language;

    public String moment;

    public String sentiment;

    @Column(name = "sentiment_score")
    public Double sentimentScore;

    @Column(nullable = false)
    public boolean abusive;

    @Column(nullable = false)
    public boolean spam;

    /** The abusive model's score in [0,1]; null when enrichment was off or before V60. */
    @Column(name = "abusive_score")
    public Double abusiveScore;

    /** The spam model's score in [0,1]; null when enrichment was off or before V60. */
    @Column(name = "spam_score")
    public Double spamScore;

    /** What the customer attached: photos, videos, files, stickers, links (a JSON array). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attachment> attachments = List.of();
}
