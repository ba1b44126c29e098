package io.parley.ingest.sandbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A platform request the sandbox connector recorded instead of sending. */
@Entity
@Table(name = "sandbox_request")
public class SandboxRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false, unique = true)
    public UUID actionId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String url;

    @Column(name = "content_type")
    public String contentType;

    public String body;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
