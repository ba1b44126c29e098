package io.parley.calendar.comments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A comment on a story's draft, or on one of its variants; a reply names its parent. */
@Entity
@Table(name = "story_comment")
public class StoryComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(name = "variant_id")
    public UUID variantId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_external", nullable = false)
    public boolean authorExternal;

    @Column(name = "reviewer_id")
    public UUID reviewerId;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String mentions;

    @Column(nullable = false)
    public String visibility;

    @Column(name = "span_start")
    public Integer spanStart;

    @Column(name = "span_end")
    public Integer spanEnd;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
