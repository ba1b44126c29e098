package io.parley.inbox.compensation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One line of the brand's compensation ledger: who offered what to whom, and where it stands. */
@Entity
@Table(name = "compensation_offer")
public class CompensationOffer extends PanacheEntityBase {

    public static final String OFFERED = "offered";
    public static final String PENDING = "pending_approval";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    /** voucher, refund or gift. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public String currency;

    public String note;

    /** The public reply the agent drafted to carry the offer, if they wrote one: the approver reads it. */
    @Column(name = "draft_reply")
    public String draftReply;

    @Column(name = "offered_by", nullable = false)
    public String offeredBy;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    /** The offering agent's own limit in this currency when they offered. */
    @Column(name = "limit_minor", nullable = false)
    public long limitMinor;

    @Column(nullable = false)
    public String status;

    @Column(name = "approval_due_at")
    public Instant approvalDueAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Version
    public long version;
}
