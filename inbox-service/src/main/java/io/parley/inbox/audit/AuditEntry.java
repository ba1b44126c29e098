package io.parley.inbox.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One change to a conversation: what, by whom, when, and the particulars. Never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The order entries were written in (a database sequence). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details;
}
