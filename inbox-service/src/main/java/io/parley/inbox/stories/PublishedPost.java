package io.parley.inbox.stories;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A post the brand published from a story (calendar-service's VariantPublished). */
@Entity
@Table(name = "published_post")
public class PublishedPost extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(nullable = false) String brand, @Column(nullable = false) String platform,
            @Column(name = "platform_post_id", nullable = false) String platformPostId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(name = "story_title", nullable = false)
    public String storyTitle;

    @Column(name = "variant_id", nullable = false)
    public UUID variantId;

    public String permalink;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
