package io.parley.calendar.stories;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A variant as it was after one change. */
@Entity
@Table(name = "variant_version")
@IdClass(VariantVersion.Key.class)
public class VariantVersion extends PanacheEntityBase {

    public record Key(UUID variantId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "variant_id")
    public UUID variantId;

    @Id
    public int version;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "by_user", nullable = false)
    public String by;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String media;

    public String link;

    @Column(name = "first_comment")
    public String firstComment;

    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(nullable = false)
    public String status;
}
