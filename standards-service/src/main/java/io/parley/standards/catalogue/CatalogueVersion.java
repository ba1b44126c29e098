package io.parley.standards.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of a brand's catalogue: never changed after it is written, except for its publication marks. */
@Entity
@Table(name = "catalogue_version")
@IdClass(CatalogueVersion.Key.class)
public class CatalogueVersion extends PanacheEntityBase {

    @Id
    public String brand;

    @Id
    public long version;

    /** The catalogue document (JSONB). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String catalogue;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String comment;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "rolled_back_from")
    public Long rolledBackFrom;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public boolean superseded;

    static Optional<CatalogueVersion> find(String brand, long version) {
        return find("brand = ?1 and version = ?2", brand, version).firstResultOptional();
    }

    /** The highest version written, whether or not it has taken effect. */
    static long head(String brand) {
        Long head = getEntityManager().createQuery("select max(v.version) from CatalogueVersion v where v.brand = ?1",
                Long.class).setParameter(1, brand).getSingleResult();
        return head == null ? 0 : head;
    }

    /** The current version: the highest one whose effective-from has come. */
    static Optional<CatalogueVersion> current(String brand, Instant now) {
        return find("brand = ?1 and effectiveFrom <= ?2", Sort.descending("version"), brand, now).firstResultOptional();
    }

    static List<CatalogueVersion> history(String brand) {
        return list("brand", Sort.descending("version"), brand);
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
