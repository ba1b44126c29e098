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

/** One message of a brand, told on several channels: each channel account has its own {@link Variant}. */
@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String brief;

    public String campaign;

    /** A JSON array of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String tags;

    @Column(nullable = false)
    public String owner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int version;
}
