package io.parley.standards.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** The first-response target of one channel in one version of a brand's targets. */
@Entity
@Table(name = "response_target_channel")
@IdClass(ResponseTargetChannel.Key.class)
public class ResponseTargetChannel extends PanacheEntityBase {

    @Id
    public String brand;

    @Id
    public long version;

    /** The platform id, e.g. {@code facebook}. */
    @Id
    public String platform;

    /** Where the manager put it in the list, so the list reads back as it was written. */
    @Column(nullable = false)
    public int position;

    @Column(name = "first_response_minutes", nullable = false)
    public int firstResponseMinutes;

    public static class Key implements Serializable {
        public String brand;
        public long version;
        public String platform;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.brand, brand)
                    && Objects.equals(k.platform, platform);
        }

        @Override
        public int hashCode() {
            return Objects.hash(brand, version, platform);
        }
    }
}
