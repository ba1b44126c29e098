package io.parley.calendar.publishing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A delivery report about one action of the ledger, kept once per (action, attempt, outcome). */
@Entity
@Table(name = "publication_report")
@IdClass(PublicationReport.Key.class)
public class PublicationReport extends PanacheEntityBase {

    public record Key(UUID actionId, int attempt, String outcome) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Id
    public int attempt;

    @Id
    public String outcome;

    public String failure;

    public String reason;

    @Column(name = "platform_object_id")
    public String platformObjectId;

    public String permalink;

    @Column(name = "retry_at")
    public Instant retryAt;

    @Column(nullable = false)
    public boolean sandbox;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
