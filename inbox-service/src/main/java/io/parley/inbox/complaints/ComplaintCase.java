package io.parley.inbox.complaints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A settled complaint in the brand's library: the problem, how it was settled, and its terms. */
@Entity
@Table(name = "complaint_case")
public class ComplaintCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String problem;

    @Column(nullable = false)
    public String settlement;

    @Column(name = "compensation_offer_id")
    public UUID compensationOfferId;

    public String language;

    @Column(name = "resolved_by", nullable = false)
    public String resolvedBy;

    @Column(name = "resolved_at", nullable = false)
    public Instant resolvedAt;

    /** The stems of the category, problem, settlement and the customer's words, repeats kept. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] terms;
}
