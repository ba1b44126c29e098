package io.parley.standards.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of a brand's response-time targets; versions are never changed, only added. */
@Entity
@Table(name = "response_target_version")
@IdClass(ResponseTargetVersion.Key.class)
public class ResponseTargetVersion extends PanacheEntityBase {

    @Id
    public String brand;

    @Id
    public long version;

    @Column(name = "default_minutes", nullable = false)
    public int defaultMinutes;

    /** Per-platform minutes as JSON, e.g. {"facebook":30}. */
    @Column(name = "platform_minutes", nullable = false)
    public String platformMinutes;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static class Key implements Serializable {
        public String brand;
        public long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.brand, brand);
        }

        @Override
        public int hashCode() {
            return Objects.hash(brand, version);
        }
    }
}
