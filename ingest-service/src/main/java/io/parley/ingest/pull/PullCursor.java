package io.parley.ingest.pull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code pull_cursor}: how far one polled source has been read. */
@Entity
@Table(name = "pull_cursor")
public class PullCursor extends PanacheEntityBase {

    @Id
    @Column(name = "channel_id")
    public UUID channelId;
    public String platform;
    /** Everything up to this time has been read (YouTube: newest comment time of the last complete walk). */
    @Column(name = "high_water")
    public Instant highWater;
    /** The newest time seen in the walk under way. */
    @Column(name = "walk_newest")
    public Instant walkNewest;
    /** The next page of the walk under way; a restart resumes from it. */
    @Column(name = "page_token")
    public String pageToken;
    /** Conditional GET validators of a feed. */
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "last_polled_at")
    public Instant lastPolledAt;
    @Column(name = "last_status")
    public String lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "items_seen")
    public long itemsSeen;
    public long requests;
}
