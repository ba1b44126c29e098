package io.parley.inbox.compensation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What a role, or one person, may offer in one currency without asking an approver. */
@Entity
@Table(name = "compensation_limit")
public class CompensationLimit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    /** role or user. */
    @Column(name = "subject_kind", nullable = false)
    public String subjectKind;

    /** The role name or the user name. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
