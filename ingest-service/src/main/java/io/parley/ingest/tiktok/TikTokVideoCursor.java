package io.parley.ingest.tiktok;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code tiktok_video_cursor}: how far one video's comments have been read. */
@Entity
@Table(name = "tiktok_video_cursor")
@IdClass(TikTokVideoCursor.Key.class)
public class TikTokVideoCursor extends PanacheEntityBase {

    @Id
    @Column(name = "channel_id")
    public UUID channelId;
    @Id
    @Column(name = "video_id")
    public String videoId;
    /** Every comment up to this time has been read. */
    @Column(name = "high_water")
    public Instant highWater;
    /** The newest comment time seen by the walk under way. */
    @Column(name = "walk_newest")
    public Instant walkNewest;
    /** The Business API's cursor of the walk's next page; a restart resumes from it. */
    @Column(name = "page_cursor")
    public Long pageCursor;
    @Column(name = "comments_seen")
    public long commentsSeen;
    @Column(name = "last_read_at")
    public Instant lastReadAt;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID channelId;
        public String videoId;

        public Key() {
        }

        public Key(UUID channelId, String videoId) {
            this.channelId = channelId;
            this.videoId = videoId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(channelId, k.channelId) && Objects.equals(videoId, k.videoId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channelId, videoId);
        }
    }
}
