package io.parley.inbox.setupchanges;

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

/** One change to a brand's care setup: a team, the assignment rules or a saved reply. Never updated or deleted. */
@Entity
@Table(name = "setup_change")
public class SetupChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    /** team, assignment-rules or saved-reply */
    @Column(nullable = false)
    public String subject;

    /** the team's name, the saved reply's id; the brand for its rules */
    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    /** created, changed or deleted */
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
