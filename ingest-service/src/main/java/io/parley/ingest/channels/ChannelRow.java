package io.parley.ingest.channels;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A row of {@code channel_account}. Secrets appear only as references. */
@Entity
@Table(name = "channel_account")
public class ChannelRow extends PanacheEntityBase {

    @Id
    public UUID id;
    public String brand;
    public String platform;
    @Column(name = "account_id")
    public String accountId;
    public String name;
    public String mode;
    public boolean enabled;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> settings = new HashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "secret_refs")
    public Map<String, String> secretRefs = new HashMap<>();
    public String origin;
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    /** ok, or needs_reconnect once the platform refused the token (see V23). */
    public String health = "ok";
    @Column(name = "health_reason")
    public String healthReason;
    @Column(name = "health_changed_at")
    public Instant healthChangedAt;
}
