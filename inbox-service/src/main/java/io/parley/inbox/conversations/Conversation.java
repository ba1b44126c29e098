package io.parley.inbox.conversations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A thread on a channel with the brand, from the first customer interaction on. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(name = "thread_id", nullable = false)
    public String threadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConversationStatus status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_profile_url")
    public String authorProfileUrl;

    @Column(name = "last_interaction_at", nullable = false)
    public Instant lastInteractionAt;

    /** The platform id of the latest customer interaction: where a reply goes. */
    @Column(name = "reply_target_id", nullable = false)
    public String replyTargetId;

    @Column(nullable = false)
    public String preview;

    @Column(name = "interaction_count", nullable = false)
    public int interactionCount;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "time_to_first_response_seconds")
    public Long timeToFirstResponseSeconds;

    @Version
    public long version;
}
