package io.parley.ingest.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A row of {@code channel_health} (V60): one per channel account. */
@Entity
@Table(name = "channel_health")
public class ChannelHealthRow extends PanacheEntityBase {

    @Id
    @Column(name = "channel_id")
    public UUID channelId;
    public String state = HealthState.HEALTHY.id();
    public Instant since;
    public String reason;
    public Instant until;
    public String problem;
    @Column(name = "problem_reason")
    public String problemReason;
    @Column(name = "problem_since")
    public Instant problemSince;
    @Column(name = "problem_until")
    public Instant problemUntil;
    @Column(name = "poll_failures")
    public int pollFailures;
    @Column(name = "last_event_at")
    public Instant lastEventAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recent_gaps")
    public List<Long> recentGaps = new ArrayList<>();
    @Column(name = "silent_since")
    public Instant silentSince;
    @Column(name = "silent_last_event")
    public Instant silentLastEvent;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
