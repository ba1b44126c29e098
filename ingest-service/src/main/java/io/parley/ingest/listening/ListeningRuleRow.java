package io.parley.ingest.listening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A row of {@code listening_rule}. */
@Entity
@Table(name = "listening_rule")
public class ListeningRuleRow extends PanacheEntityBase {

    @Id
    public UUID id;
    public String brand;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> terms = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> exclusions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> platforms = new ArrayList<>();
    public boolean enabled;
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
