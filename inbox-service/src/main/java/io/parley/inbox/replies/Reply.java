package io.parley.inbox.replies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A public reply written by the brand. */
@Entity
@Table(name = "reply")
public class Reply extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReplyStatus status;

    @Column(name = "action_id", nullable = false, unique = true)
    public UUID actionId;

    /** The Idempotency-Key of a reply sent before V140; since then keys live in {@code idempotent_request}. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "target_object_id", nullable = false)
    public String targetObjectId;

    @Column(name = "platform_object_id")
    public String platformObjectId;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The standards check's verdict (pass, warn, block) when the reply was written. */
    @Column(name = "check_verdict")
    public String checkVerdict;

    /** The check's findings as standards-service reported them. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "check_findings")
    public java.util.List<java.util.Map<String, Object>> checkFindings;

    /** The approver who sent it despite blocking findings, and why. */
    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_reason")
    public String overrideReason;

    /** The brand whose approvals queue a held reply waits in (null for a reply that was never held). */
    @Column(name = "approval_brand")
    public String approvalBrand;

    /** The team whose own setting held the reply (V100); null when the brand's setting held it. */
    @Column(name = "approval_team")
    public String approvalTeam;

    /** When an approver should have decided on a held reply. */
    @Column(name = "approval_due_at")
    public Instant approvalDueAt;

    /** Who approved or rejected a held reply, when, and their comment. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    /** The author's text when the approver edited it before approving. */
    @Column(name = "original_text")
    public String originalText;
}
