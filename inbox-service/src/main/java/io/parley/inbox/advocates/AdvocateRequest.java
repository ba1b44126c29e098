package io.parley.inbox.advocates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An advocate asked for a recommendation: by direct message through the gateway, or as a task for a person. */
@Entity
@Table(name = "advocate_request")
public class AdvocateRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String text;

    /** direct_message or task. */
    @Column(nullable = false)
    public String channel;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "conversation_id")
    public UUID conversationId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
