package io.parley.inbox.ownership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.contracts.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** A team of a brand: its members with their weekly on-duty shifts, its managers and how it shares work. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    static final TypeReference<List<TeamViews.MemberView>> MEMBERS = new TypeReference<>() {
    };
    static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String name;

    /** {@code round-robin} or {@code least-loaded}. */
    @Column(nullable = false)
    public String strategy;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    /** JSON array of user names. */
    @Column(nullable = false)
    public String managers = "[]";

    /** JSON array of {@link TeamViews.MemberView}. */
    @Column(nullable = false)
    public String members = "[]";

    /**
     * Minutes a member may be away or offline before their open conversations go back to the team's queue (V61);
     * null: never.
     */
    @Column(name = "away_limit_minutes")
    public Integer awayLimitMinutes;

    @Column(name = "last_assigned")
    public String lastAssigned;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The members text the two lists below were read from: read again only when it changes. */
    @Transient
    private String readMembers;

    @Transient
    private List<TeamViews.MemberView> memberViews;

    @Transient
    private List<TeamMember> rosters;

    public List<TeamViews.MemberView> memberViews() {
        String current = members;
        if (!current.equals(readMembers)) {
            memberViews = List.copyOf(read(current, MEMBERS));
            rosters = null;
            readMembers = current;
        }
        return memberViews;
    }

    public List<String> managerNames() {
        return read(managers, NAMES);
    }

    public List<String> memberNames() {
        return memberViews().stream().map(TeamViews.MemberView::user).toList();
    }

    /** The members with their shifts, for the router (the stored shapes were validated when written). */
    public List<TeamMember> rosters() {
        List<TeamViews.MemberView> views = memberViews();
        if (rosters == null) {
            rosters = views.stream().map(m -> new TeamMember(m.user(), m.schedule().stream()
                    .map(s -> new Shift(s.days().stream().map(DayOfWeek::valueOf)
                            .collect(() -> EnumSet.noneOf(DayOfWeek.class), EnumSet::add, EnumSet::addAll),
                            LocalTime.parse(s.from()), LocalTime.parse(s.to()), ZoneId.of(s.timeZone())))
                    .toList())).toList();
        }
        return rosters;
    }

    static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored team is unreadable", e);
        }
    }
}
