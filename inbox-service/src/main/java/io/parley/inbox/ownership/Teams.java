package io.parley.inbox.ownership;

import io.parley.platform.rest.Keyset;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A brand's teams: written by managers, read by everyone of the brand and by the router. */
@ApplicationScoped
public class Teams {

    public static final Set<String> STRATEGIES = Set.of("round-robin", "least-loaded");
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    @Inject
    Clock clock;

    @Inject
    io.parley.inbox.people.PeopleDirectory people;

    @Inject
    Availabilities availability;

    /** The longest away limit a team may set: a week. */
    static final int MAX_AWAY_LIMIT = 7 * 24 * 60;

    /** The outcome of a write: the team, and whether it is new. */
    public record Written(Team team, boolean created) {
    }

    @Transactional
    public List<Team> list(String brand) {
        return Team.list("brand", Sort.by("name"), brand);
    }

    /** The listing of {@link #page}: by name, unique in a brand (the team's key). */
    static final Keyset<Team> TEAMS = Keyset.<Team>ascending("teams").text("name", t -> t.name);

    /** A page of the brand's teams by name, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Team> page(String brand, String cursor, int limit) {
        return TEAMS.page((q, p, rows) -> Team.<Team>find(q, p).range(0, rows - 1).list(),
                "brand = :b", Map.of("b", brand), cursor, limit);
    }

    @Transactional
    public Team get(String brand, String name) {
        return find(brand, name).orElseThrow(() -> ProblemException.notFound(
                "team '" + name + "' does not exist in brand " + brand));
    }

    public Optional<Team> find(String brand, String name) {
        return Team.find("brand = ?1 and name = ?2", brand, name).firstResultOptional();
    }

    /** The brand's default team, locked when asked for a round-robin turn. */
    public Optional<Team> defaultTeam(String brand, boolean lock) {
        var query = Team.<Team>find("brand = ?1 and isDefault = true", brand);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    @Transactional
    public Written put(String brand, String name, TeamViews.TeamRequest request, String user) {
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.invalid("name", "must be 1 to 40 lower-case letters, digits or '-', "
                    + "starting with a letter or digit, was '" + name + "'");
        }
        validate(request);
        requirePeopleOf(brand, request);
        Optional<Team> existing = find(brand, name);
        Team team = existing.orElseGet(Team::new);
        boolean created = existing.isEmpty();
        if (created) {
            team.id = UUID.randomUUID();
            team.brand = brand;
            team.name = name;
        }
        boolean makeDefault = Boolean.TRUE.equals(request.isDefault())
                || (created && Team.count("brand", brand) == 0) || (!created && team.isDefault);
        if (makeDefault && !team.isDefault) {
            Team.update("isDefault = false where brand = ?1 and isDefault = true", brand);
            Team.flush();
        }
        if (!created && team.isDefault && Boolean.FALSE.equals(request.isDefault())) {
            throw new ProblemException(ProblemType.CONFLICT, "team '" + name + "' is the default team of " + brand
                    + "; make another team the default instead");
        }
        team.isDefault = makeDefault;
        team.strategy = request.strategy();
        team.managers = Team.write(request.managers() == null ? List.of() : request.managers());
        team.members = Team.write(request.members() == null ? List.of() : request.members());
        team.awayLimitMinutes = request.awayLimitMinutes();
        if (team.lastAssigned != null && !team.memberNames().contains(team.lastAssigned)) {
            team.lastAssigned = null;
        }
        team.updatedBy = user;
        team.updatedAt = clock.instant();
        if (created) {
            team.persist();
        }
        return new Written(team, created);
    }

    @Transactional
    public void delete(String brand, String name) {
        Team team = get(brand, name);
        if (team.isDefault) {
            throw ProblemException.conflict("team '" + name + "' is the default team of " + brand
                    + " and cannot be deleted; make another team the default first");
        }
        long rules = AssignmentRule.count("brand = ?1 and team = ?2", brand, name);
        if (rules > 0) {
            throw ProblemException.conflict("team '" + name + "' is used by " + rules
                    + " assignment rule(s); change the rules first");
        }
        team.delete();
    }

    public TeamViews.TeamView view(Team t, Instant now) {
        java.util.Map<String, Availabilities.State> states = availability.of(t.memberNames());
        return new TeamViews.TeamView(t.brand, t.name, t.strategy, t.isDefault, t.managerNames(), t.memberViews(),
                Router.onDuty(t.rosters(), now), t.updatedBy, t.updatedAt, t.awayLimitMinutes,
                t.memberNames().stream().map(states::get).map(st -> new TeamViews.MemberAvailability(st.user(),
                        st.state(), st.since())).toList());
    }

    /**
     * A team's members and managers must be people who can see the brand (its Keycloak group, a Parley role): anyone
     * else is refused with 422 naming the field ({@code members[1].user}, {@code managers[0]}).
     */
    private void requirePeopleOf(String brand, TeamViews.TeamRequest r) {
        java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
        List<String> managers = r.managers() == null ? List.of() : r.managers();
        for (int i = 0; i < managers.size(); i++) {
            named.put("managers[" + i + "]", managers.get(i));
        }
        List<TeamViews.MemberView> members = r.members() == null ? List.of() : r.members();
        for (int i = 0; i < members.size(); i++) {
            named.put("members[" + i + "].user", members.get(i).user());
        }
        people.requireBrandPeople(brand, named);
    }

    static void validate(TeamViews.TeamRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.strategy() == null || !STRATEGIES.contains(r.strategy())) {
            errors.add(new Problem.FieldError("strategy", "must be one of least-loaded, round-robin, was "
                    + (r.strategy() == null ? "missing" : "'" + r.strategy() + "'")));
        }
        if (r.managers() != null) {
            for (int i = 0; i < r.managers().size(); i++) {
                user(r.managers().get(i), "managers[" + i + "]", errors);
            }
        }
        if (r.awayLimitMinutes() != null && (r.awayLimitMinutes() < 1 || r.awayLimitMinutes() > MAX_AWAY_LIMIT)) {
            errors.add(new Problem.FieldError("awayLimitMinutes", "must be between 1 and " + MAX_AWAY_LIMIT
                    + " minutes (or absent: never), was " + r.awayLimitMinutes()));
        }
        Set<String> seen = new HashSet<>();
        List<TeamViews.MemberView> members = r.members() == null ? List.of() : r.members();
        for (int i = 0; i < members.size(); i++) {
            TeamViews.MemberView m = members.get(i);
            String at = "members[" + i + "]";
            if (m == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            if (user(m.user(), at + ".user", errors) && !seen.add(m.user())) {
                errors.add(new Problem.FieldError(at + ".user", "'" + m.user() + "' is listed twice"));
            }
            if (m.schedule() == null || m.schedule().isEmpty()) {
                errors.add(new Problem.FieldError(at + ".schedule", "needs at least one shift"));
                continue;
            }
            for (int j = 0; j < m.schedule().size(); j++) {
                shift(m.schedule().get(j), at + ".schedule[" + j + "]", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
    }

    private static boolean user(String user, String field, List<Problem.FieldError> errors) {
        if (user == null || user.isBlank() || user.length() > 100) {
            errors.add(new Problem.FieldError(field, "must be a user name of 1 to 100 characters"));
            return false;
        }
        return true;
    }

    private static void shift(TeamViews.ShiftView s, String at, List<Problem.FieldError> errors) {
        if (s == null) {
            errors.add(new Problem.FieldError(at, "must not be null"));
            return;
        }
        if (s.days() == null || s.days().isEmpty()) {
            errors.add(new Problem.FieldError(at + ".days", "needs at least one day (MONDAY … SUNDAY)"));
        } else {
            for (String d : s.days()) {
                try {
                    DayOfWeek.valueOf(d);
                } catch (RuntimeException e) {
                    errors.add(new Problem.FieldError(at + ".days", "must be MONDAY … SUNDAY, was '" + d + "'"));
                }
            }
        }
        for (String[] t : new String[][] {{"from", s.from()}, {"to", s.to()}}) {
            if (t[1] == null || !HH_MM.matcher(t[1]).matches()) {
                errors.add(new Problem.FieldError(at + "." + t[0], "must be a time HH:mm, was "
                        + (t[1] == null ? "missing" : "'" + t[1] + "'")));
            }
        }
        try {
            ZoneId.of(s.timeZone() == null ? "" : s.timeZone());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError(at + ".timeZone", "must be an IANA time zone such as Europe/Warsaw, was "
                    + (s.timeZone() == null ? "missing" : "'" + s.timeZone() + "'")));
        }
    }
}
