package io.parley.inbox.ownership;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationEvents;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.sql.SqlArrays;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who owns a conversation. A new conversation is routed by the brand's ordered assignment rules to a team
 * (a member on duty now takes it, round-robin or least-loaded) or a person (when on duty now); a rule gap
 * — no rule matched, or nobody on duty — falls back to the brand's default team and is reported (the
 * {@code parley_inbox_assignment_gaps_total} counter and {@code GET /api/v1/brands/{brand}/assignment-gaps}).
 * A conversation always has a team; the person is null while nobody of the team is on duty. Every
 * (re)assignment is recorded with who and when, and announced as {@code ConversationAssigned}.
 */
@ApplicationScoped
public class Assignments {

    private static final Logger LOG = Logger.getLogger(Assignments.class);

    static final String RULES_USER = "assignment-rules";
    static final String SERVICE = "inbox-service";

    @Inject
    Teams teams;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    Provider<Conversations> conversations;

    @Inject
    BatchMemo memo;

    @Inject
    Availabilities availability;

    @Inject
    io.parley.inbox.audit.AuditTrail audit;

    /** A conversation being opened, its priority and due time set: routed to its owner before it is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    void opening(@Observes @Priority(ConversationEvents.OWNER) ConversationEvents.Opening opening) {
        assignNew(opening.conversation(), opening.first());
    }

    /** Routes a conversation that has just opened (in the transaction that opens it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignNew(Conversation c, InteractionReceived received) {
        Instant now = clock.instant();
        var signals = received.signals();
        Router.Facts facts = new Router.Facts(c.platform, c.channelAccountId,
                signals == null ? null : signals.moment(), signals == null ? null : signals.language(),
                received.text());
        // In an intake batch the brand's rules and teams are read once for all its new conversations.
        List<AssignmentRule> rules = memo.remember("assignment-rules:" + c.brand,
                () -> AssignmentRule.list("brand", Sort.by("position"), c.brand));
        Optional<AssignmentRule> rule = Router.firstMatch(rules, AssignmentRule::conditions, facts);
        if (rule.isEmpty()) {
            fallback(c, "no-rule-matched", null, now);
            return;
        }
        AssignmentRule r = rule.get();
        if (r.assignee != null) {
            Optional<Team> team = r.team != null
                    ? teamsOf(c.brand).stream().filter(t -> t.name.equals(r.team)).findFirst()
                    : teamOf(c.brand, r.assignee);
            boolean onDuty = teamsOf(c.brand).stream().filter(t -> t.memberNames().contains(r.assignee))
                    .anyMatch(t -> Router.onDuty(t.rosters(), now).contains(r.assignee))
                    && !availability.unavailable().contains(r.assignee);
            if (team.isPresent() && onDuty) {
                place(c, team.get().name, r.assignee, "rule", r.name, RULES_USER, now, true);
                return;
            }
        } else {
            Optional<Team> team = lockedTeam(c.brand, r.team);
            Optional<String> who = team.flatMap(t -> pick(t, now));
            if (who.isPresent()) {
                place(c, team.get().name, who.get(), "rule", r.name, RULES_USER, now, true);
                return;
            }
        }
        fallback(c, "nobody-on-duty", r.name, now);
    }

    private void fallback(Conversation c, String reason, String rule, Instant now) {
        // In an intake batch, from the brand's teams the batch read once (its turns kept in the memo, turnsTaken);
        // one at a time, locked for its round-robin turn.
        Optional<Team> team = memo.active()
                ? teamsOf(c.brand).stream().filter(t -> t.isDefault).findFirst()
                : teams.defaultTeam(c.brand, true);
        String teamName = team.map(t -> t.name).orElse(config.defaultTeam());
        String assignee = team.flatMap(t -> pick(t, now)).orElse(null);
        AssignmentGap gap = new AssignmentGap();
        gap.id = UUID.randomUUID();
        gap.brand = c.brand;
        gap.conversationId = c.id;
        gap.reason = team.isEmpty() ? "no-teams" : reason;
        gap.ruleName = rule;
        gap.fallbackTeam = teamName;
        gap.assignee = assignee;
        gap.at = now;
        gap.persist();
        metrics.counter("parley.inbox.assignment.gaps", "brand", c.brand, "reason", gap.reason).increment();
        place(c, teamName, assignee, "fallback", rule, RULES_USER, now, true);
    }

    /** An on-duty, available member of the team by its strategy, or empty when nobody is. */
    private Optional<String> pick(Team team, Instant now) {
        List<String> onDuty = availability.availableOf(Router.onDuty(team.rosters(), now));
        if ("least-loaded".equals(team.strategy)) {
            // Counted once per batch; each conversation the batch gives someone adds to their count.
            Map<String, Long> counts = memo.remember("open-counts:" + team.brand + "/" + team.name + "/" + onDuty,
                    () -> openCounts(team.brand, onDuty));
            Optional<String> least = Router.leastLoaded(onDuty, counts);
            least.ifPresent(who -> counts.merge(who, 1L, Long::sum));
            return least;
        }
        if (!memo.active()) {
            // one conversation at a time (the API, a record applied alone): the team's row is locked, its turn moves
            Optional<String> next = Router.roundRobin(team.memberNames(), onDuty, team.lastAssigned);
            next.ifPresent(n -> team.lastAssigned = n);
            return next;
        }
        Map<UUID, String> turns = batchTurns();
        Optional<String> next = Router.roundRobin(team.memberNames(), onDuty,
                turns.containsKey(team.id) ? turns.get(team.id) : team.lastAssigned);
        next.ifPresent(n -> turns.put(team.id, n));
        return next;
    }

    private Map<UUID, String> batchTurns() {
        return memo.remember("round-robin-turns", HashMap::new);
    }

    /**
     * The round-robin turns an intake batch took, team id → the member who had the last one. A batch does not lock
     * its teams' rows: held until the batch commits, that lock made every other replica's batch for the brand wait
     * (docs/benchmarks.md, "Replicas"). It reads each team's turn as committed when the batch began, takes turns in
     * its memo, and the consumer saves where the turns ended ({@link #saveTurns}) once the batch has committed. So
     * one replica keeps exact turns; two replicas applying batches at the same moment may each give the next turn
     * to the same member — one conversation out of turn, never one lost or assigned twice.
     */
    public Map<UUID, String> turnsTaken() {
        return memo.active() ? Map.copyOf(batchTurns()) : Map.of();
    }

    /**
     * Saves where a committed batch's round-robin turns ended, in a short transaction of its own. The batch stands
     * whatever happens here: when the database is gone at that moment the next batch starts from the turn saved
     * before, which gives a few conversations out of turn and loses nothing.
     */
    public void saveTurns(Map<UUID, String> turns) {
        if (turns.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> turns.forEach((team, member) ->
                    Team.update("lastAssigned = ?1 where id = ?2", member, team)));
        } catch (RuntimeException e) {
            LOG.warnf("round-robin turns of a committed batch not saved (%s): the next batch starts from the turn "
                    + "saved before", e.getMessage());
        }
    }

    /**
     * Each member's open (new or open) conversations, counted up to {@link #LOAD_CAP}: beyond that a member is
     * full, and a count that reads a long backlog would cost more than it tells (tens of milliseconds at 100,000
     * open conversations). One statement for all of them, each count from the partial index by assignee.
     */
    private Map<String, Long> openCounts(String brand, List<String> users) {
        Map<String, Long> counts = new HashMap<>();
        if (users.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Conversation.getEntityManager().createNativeQuery("""
                SELECT u.name, (SELECT count(*) FROM (SELECT 1 FROM conversation c WHERE c.brand = :brand
                        AND c.status IN ('new', 'open') AND c.assignee = u.name LIMIT :cap) held)
                FROM unnest(CAST(:users AS text[])) AS u(name)""")
                .setParameter("brand", brand).setParameter("cap", LOAD_CAP)
                .setParameter("users", SqlArrays.text(users)).getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** How far a member's open conversations are counted for least-loaded assignment. */
    static final int LOAD_CAP = 1_000;

    /** A rule's team for a round-robin turn: locked for it outside an intake batch (see {@link #turnsTaken}). */
    private Optional<Team> lockedTeam(String brand, String name) {
        if (memo.active()) {
            return teamsOf(brand).stream().filter(t -> t.name.equals(name)).findFirst();
        }
        return Team.<Team>find("brand = ?1 and name = ?2", brand, name)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private List<Team> teamsOf(String brand) {
        return memo.remember("teams:" + brand, () -> teams.list(brand));
    }

    private Optional<Team> teamOf(String brand, String user) {
        return teamsOf(brand).stream().filter(t -> t.memberNames().contains(user))
                .sorted((a, b) -> Boolean.compare(b.isDefault, a.isDefault)).findFirst();
    }

    private void place(Conversation c, String team, String assignee, String reason, String rule, String by,
            Instant now, boolean opening) {
        AssignmentRecord record = new AssignmentRecord();
        record.id = UUID.randomUUID();
        record.conversationId = c.id;
        record.previousTeam = c.team;
        record.previousAssignee = c.assignee;
        record.team = team;
        record.assignee = assignee;
        record.reason = reason;
        record.ruleName = rule;
        record.assignedBy = by;
        record.at = now;
        record.persist();
        c.team = team;
        c.assignee = assignee;
        UUID eventId = opening ? StableIds.of("assigned", c.id.toString(), "opened") : record.id;
        outbox.add(c.id.toString(), Event.of(eventId, SERVICE, c.brand, c.id.toString(), now, now,
                new ConversationAssigned(c.id, team, assignee, record.previousTeam, record.previousAssignee, reason,
                        rule, by, now)));
    }

    /**
     * Gives a conversation of a member away (or offline) longer than the team's away limit back to its team: nobody
     * owns it in person any more, so the team's queue shows it to everyone on duty. Recorded (assignment history, audit
     * trail) and announced ({@code ConversationAssigned}, reason {@code away-limit}). Must run in the scan's
     * transaction, with the conversation locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnToTeam(Conversation c, String state, Instant since, long limitMinutes, Instant now) {
        String was = c.assignee;
        place(c, c.team, null, "away-limit", null, AWAY_LIMIT_USER, now, false);
        audit.record(c.id, c.brand, "returned_to_team", AWAY_LIMIT_USER, io.parley.inbox.audit.AuditTrail.details(
                "assignee", was, "team", c.team, "state", state, "since", since.toString(), "awayLimitMinutes",
                limitMinutes));
    }

    /** Who returns the conversations of people away too long, in the assignment history and the audit trail. */
    static final String AWAY_LIMIT_USER = "away-limit";

    /** A person (re)assigns a conversation to a team, a person, or both. */
    @Transactional
    public Conversation assign(UUID conversationId, Set<String> brands, TeamViews.AssignmentRequest request,
            String user) {
        Conversation c = conversations.get().getForUpdate(conversationId, brands);
        String team = blankToNull(request == null ? null : request.team());
        String assignee = blankToNull(request == null ? null : request.assignee());
        if (team == null && assignee == null) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "give a team, an assignee or both",
                    List.of(new Problem.FieldError("team", "a team or an assignee is required"),
                            new Problem.FieldError("assignee", "a team or an assignee is required")));
        }
        if (team != null && teams.find(c.brand, team).isEmpty()) {
            throw ProblemException.invalid("team", "brand " + c.brand + " has no team '" + team + "'");
        }
        if (assignee != null) {
            if (team != null) {
                if (!teams.get(c.brand, team).memberNames().contains(assignee)) {
                    throw ProblemException.invalid("assignee", "'" + assignee + "' is not a member of team '" + team
                            + "'");
                }
            } else {
                Optional<Team> current = c.team == null ? Optional.empty() : teams.find(c.brand, c.team);
                if (current.isPresent() && current.get().memberNames().contains(assignee)) {
                    team = current.get().name;
                } else {
                    team = teamOf(c.brand, assignee).map(t -> t.name).orElseThrow(() -> ProblemException.invalid(
                            "assignee", "'" + assignee + "' is not a member of any team of brand " + c.brand));
                }
            }
        }
        if (team.equals(c.team) && java.util.Objects.equals(assignee, c.assignee)) {
            return c; // already so: nothing to record
        }
        place(c, team, assignee, "manual", null, user, clock.instant(), false);
        return c;
    }

    @Transactional
    public List<AssignmentRecord> history(UUID conversationId) {
        return AssignmentRecord.list("conversationId", Sort.by("at").and("id"), conversationId);
    }

    /** The listing of {@link #gaps}: (at, id) descending, index assignment_gap_page. */
    static final Keyset<AssignmentGap> GAPS = Keyset.<AssignmentGap>descending("assignment-gaps")
            .instant("at", g -> g.at).uuid("id", g -> g.id);

    /** A page of the brand's rule gaps, newest first, after {@code cursor} (null: the first page). */
    @Transactional
    public io.parley.platform.rest.Page<AssignmentGap> gaps(String brand, String cursor, int limit) {
        return GAPS.page((q, p, rows) -> AssignmentGap.<AssignmentGap>find(q, p).range(0, rows - 1).list(),
                "brand = :b", Map.of("b", brand), cursor, limit);
    }

    @Transactional
    public List<AssignmentRule> rules(String brand) {
        return AssignmentRule.list("brand", Sort.by("position"), brand);
    }

    /** Replaces the brand's rules, in the given order. */
    @Transactional
    public List<AssignmentRule> replaceRules(String brand, TeamViews.RulesView request) {
        if (request == null || request.rules() == null) {
            throw ProblemException.invalid("rules", "is required (an empty list removes every rule)");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<AssignmentRule> rules = new ArrayList<>();
        for (int i = 0; i < request.rules().size(); i++) {
            TeamViews.RuleView v = request.rules().get(i);
            String at = "rules[" + i + "]";
            if (v == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            AssignmentRule r = new AssignmentRule();
            r.id = UUID.randomUUID();
            r.brand = brand;
            r.position = i;
            r.name = blankToNull(v.name());
            if (r.name == null || r.name.length() > 200) {
                errors.add(new Problem.FieldError(at + ".name", "must be 1 to 200 characters"));
            }
            TeamViews.MatchView m = v.match() == null ? new TeamViews.MatchView(null, null, null, null, null)
                    : v.match();
            r.platform = blankToNull(m.platform());
            if (r.platform != null) {
                try {
                    r.platform = io.parley.contracts.Platform.fromId(r.platform).id();
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError(at + ".match.platform", e.getMessage()));
                }
            }
            r.channelAccountId = blankToNull(m.channelAccountId());
            r.moment = blankToNull(m.moment());
            if (r.moment != null && !List.of("complaint", "question", "suggestion", "praise").contains(r.moment)) {
                errors.add(new Problem.FieldError(at + ".match.moment",
                        "must be one of complaint, question, suggestion, praise, was '" + r.moment + "'"));
            }
            r.language = blankToNull(m.language());
            if (r.language != null && !r.language.matches("[a-z]{2}")) {
                errors.add(new Problem.FieldError(at + ".match.language",
                        "must be an ISO 639-1 code such as pl, was '" + r.language + "'"));
            }
            r.keyword = blankToNull(m.keyword());
            if (r.keyword != null && r.keyword.length() > 200) {
                errors.add(new Problem.FieldError(at + ".match.keyword", "must be at most 200 characters"));
            }
            r.team = blankToNull(v.team());
            r.assignee = blankToNull(v.assignee());
            if (r.team == null && r.assignee == null) {
                errors.add(new Problem.FieldError(at, "needs a team, an assignee or both"));
            }
            Optional<Team> team = r.team == null ? Optional.empty() : teams.find(brand, r.team);
            if (r.team != null && team.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".team", "brand " + brand + " has no team '" + r.team + "'"));
            }
            if (r.assignee != null) {
                boolean member = team.isPresent() ? team.get().memberNames().contains(r.assignee)
                        : teamOf(brand, r.assignee).isPresent();
                if (!member && (r.team == null || team.isPresent())) {
                    errors.add(new Problem.FieldError(at + ".assignee", "'" + r.assignee + "' is not a member of "
                            + (r.team == null ? "any team of brand " + brand : "team '" + r.team + "'")));
                }
            }
            rules.add(r);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        AssignmentRule.delete("brand", brand);
        AssignmentRule.flush();
        rules.forEach(r -> r.persist());
        return rules;
    }

    static TeamViews.RuleView view(AssignmentRule r) {
        return new TeamViews.RuleView(r.name, new TeamViews.MatchView(r.platform, r.channelAccountId, r.moment,
                r.language, r.keyword), r.team, r.assignee);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
