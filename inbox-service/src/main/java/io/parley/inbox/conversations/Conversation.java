package io.parley.inbox.conversations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** A thread on a channel with the brand, from the first customer interaction on. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    /**
     * The columns this entity maps, for native queries that read conversations: never {@code SELECT *}. In a rolling
     * upgrade the next version adds columns while this one serves, and a prepared {@code SELECT *} then fails with
     * "cached plan must not change result type" (RollingUpgradeTest, docs/operations.md Upgrades).
     */
    public static final String COLUMNS = "id, brand, platform, channel_account_id, post_id, thread_id, status, "
            + "received_at, due_at, author_id, author_name, author_profile_url, last_interaction_at, reply_target_id, "
            + "preview, interaction_count, first_response_at, time_to_first_response_seconds, version, language, "
            + "moment, sentiment, priority, priority_set_by, priority_set_at, assignee, team, clock_started_at, "
            + "warn_at, target_minutes, warned_at, breached_at, answering_by, answering_since, incident_id, abusive, spam, "
            + "NULL AS search";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    /** The platform post the conversation is under (the comment's post, else its parent), when known. */
    @Column(name = "post_id")
    public String postId;

    @Column(name = "thread_id", nullable = false)
    public String threadId;

    @Convert(converter = ConversationStatus.Column.class)
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

    /** Language of the customer's first message (ISO 639-1), from enrichment; null when unknown. */
    public String language;

    /** Moment of truth (praise, complaint, question, suggestion): the most pressing one heard so far. */
    public String moment;

    /** Sentiment of the latest customer message: positive, neutral or negative. */
    public String sentiment;

    /** Priority for response targets: low, normal, high or urgent. */
    @Column(nullable = false)
    public String priority = "normal";

    /** Who set the priority by hand (it then stays as they set it); null while the inbox sets it from signals. */
    @Column(name = "priority_set_by")
    public String prioritySetBy;

    @Column(name = "priority_set_at")
    public Instant prioritySetAt;

    /** The person who owns the conversation (user name), or null while a team owns it. */
    public String assignee;

    /** The team that owns the conversation. */
    public String team;

    /** When the clock of the current due time started (ownership and time, V10). */
    @Column(name = "clock_started_at")
    public Instant clockStartedAt;

    /** When the 75 % warning of the current due time is due (ownership and time, V10). */
    @Column(name = "warn_at")
    public Instant warnAt;

    /** The target of the current due time, in (business) minutes (ownership and time, V10). */
    @Column(name = "target_minutes")
    public Long targetMinutes;

    /** When the 75 % warning fired for the current due time. */
    @Column(name = "warned_at")
    public Instant warnedAt;

    /** When the current due time was breached. */
    @Column(name = "breached_at")
    public Instant breachedAt;

    /** Who is writing an answer right now (collision safety). */
    @Column(name = "answering_by")
    public String answeringBy;

    @Column(name = "answering_since")
    public Instant answeringSince;

    /** The incident the conversation was gathered into. */
    @Column(name = "incident_id")
    public java.util.UUID incidentId;

    /** Some customer message of it was read as abusive by enrichment (V60). */
    @Column(nullable = false)
    public boolean abusive;

    /** Every customer message of it was read as spam by enrichment (V60): one real message makes it no spam. */
    @Column(nullable = false)
    public boolean spam;

    /**
     * The search words a conversation is opened with (its first interaction's lexemes, space-separated), written into
     * {@code search} by its INSERT: a conversation inserted and then updated for its words wrote its row and every
     * index entry twice (docs/benchmarks.md). Never read ({@code NULL} when loaded: the vector can be large) and never
     * updated: later words go through {@code search.SearchIndex}. Native queries that read conversations select it
     * as {@code NULL AS search} ({@link #COLUMNS}).
     */
    @Column(name = "search", updatable = false)
    @ColumnTransformer(read = "NULL", write = "array_to_tsvector(string_to_array(?, ' '))")
    public String openingWords;

    /**
     * Takes a customer message's abusive and spam flags (false when enrichment was off): abusive once any message
     * is, spam while every message is.
     */
    public void noteFlags(boolean abusiveMessage, boolean spamMessage, boolean first) {
        abusive = abusive || abusiveMessage;
        spam = first ? spamMessage : spam && spamMessage;
    }

    /** Moments of truth from the most to the least pressing: a conversation keeps the most pressing heard. */
    private static final java.util.List<String> MOMENTS = java.util.List.of("complaint", "question", "suggestion",
            "praise");

    /** Takes what enrichment read in a customer's message: first language, most pressing moment, latest mood. */
    public void noteSignals(String language, String moment, String sentiment) {
        if (this.language == null) {
            this.language = language;
        }
        if (moment != null && MOMENTS.contains(moment) && (this.moment == null || !MOMENTS.contains(this.moment)
                || MOMENTS.indexOf(moment) < MOMENTS.indexOf(this.moment))) {
            this.moment = moment;
        }
        if (sentiment != null) {
            this.sentiment = sentiment;
        }
    }
}
