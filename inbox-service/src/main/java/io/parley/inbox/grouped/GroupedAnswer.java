package io.parley.inbox.grouped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One public statement answering several conversations on one topic. */
@Entity
@Table(name = "grouped_answer")
public class GroupedAnswer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
