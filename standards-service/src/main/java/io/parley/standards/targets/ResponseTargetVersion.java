package io.parley.standards.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a brand's response-time targets, with who made it and when. Versions are never
 * changed, only added; the highest is current. Its per-channel targets are {@link ResponseTargetChannel} rows.
 */
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

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static Optional<ResponseTargetVersion> latest(String brand) {
        return find("brand", Sort.descending("version"), brand).firstResultOptional();
    }

    /** This version's channel targets, in the order they were given. */
    List<ResponseTargetChannel> channels() {
        return ResponseTargetChannel.list("brand = ?1 and version = ?2", Sort.by("position"), brand, version);
    }

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
