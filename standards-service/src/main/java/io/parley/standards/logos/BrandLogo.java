package io.parley.standards.logos;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A brand's registered logo, as uploaded. */
@Entity
@Table(name = "brand_logo")
@IdClass(BrandLogo.Key.class)
public class BrandLogo extends PanacheEntityBase {

    public record Key(String brand, String logoId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String brand;
    @Id
    @Column(name = "logo_id")
    public String logoId;
    public byte[] image;
    @Column(name = "content_type")
    public String contentType;
    public int width;
    public int height;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
}
