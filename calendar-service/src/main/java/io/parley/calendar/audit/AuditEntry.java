package io.parley.calendar.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One thing someone did to a story: who (a user, or an external reviewer under the link's id), what, when. */
@Entity
@Table(name = "story_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(name = "variant_id")
    public UUID variantId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public boolean external;

    @Column(name = "reviewer_id")
    public UUID reviewerId;

    @Column(nullable = false)
    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String detail;

    @Column(nullable = false)
    public Instant at;
}
