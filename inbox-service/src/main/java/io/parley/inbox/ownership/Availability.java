package io.parley.inbox.ownership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Whether a person takes new conversations now, and since when (V61). No row: available. */
@Entity
@Table(name = "agent_availability")
public class Availability extends PanacheEntityBase {

    public static final String AVAILABLE = "available";
    public static final String AWAY = "away";
    public static final String OFFLINE = "offline";
    public static final java.util.List<String> STATES = java.util.List.of(AVAILABLE, AWAY, OFFLINE);

    @Id
    @Column(name = "user_name")
    public String userName;

    /** available, away or offline. */
    @Column(nullable = false)
    public String state;

    /** When the person went into this state (unchanged when they set the same state again). */
    @Column(nullable = false)
    public Instant since;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
