package io.parley.inbox.incidents;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Interaction;
import io.parley.inbox.priority.Priorities;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Incidents (R2.10): opened by a spike alert or by a manager; each gathers the brand's conversations with an
 * interaction in its window that matches its signal (complaint moment, negative sentiment) and its terms
 * (stemmed), sets their {@code incident_id}, and takes bulk actions on them — every one recorded.
 */
@ApplicationScoped
public class IncidentService {

    static final String SERVICE = "inbox-service";
    /** Who opens and gathers a spike's incident. */
    static final String SPIKES = "analytics-service";
    public static final Set<String> HIDE_REASONS = Set.of("abusive", "spam", "below_the_belt", "legal");

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    Priorities priorities;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    BatchMemo memo;

    @Inject
    public IncidentService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A spike from analytics: an incident over the spike's window (once per spike), whose conversations {@link
     * #gatherInChunks} then gathers. Answers the incident's id, also when it was opened before (a redelivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID openFromSpike(String brand, SpikeDetected spike) {
        Optional<Incident> before = Incident.find("spikeId", spike.spikeId()).firstResultOptional();
        if (before.isPresent()) {
            return before.get().id;
        }
        String title = IncidentMatching.spikeTitle(spike);
        Incident i = incident(brand, title, "spike", spike.signal(), List.of(), spike.windowStart(), spike.windowEnd(),
                SPIKES);
        i.spikeId = spike.spikeId();
        i.persist();
        announceOpened(i);
        return i.id;
    }

    /**
     * Gathers a spike's incident a chunk of conversations per transaction: a spike can span a hundred thousand
     * interactions, and one transaction for all of them outlived the transaction timeout, was rolled back and the
     * spike set aside. Not in a transaction of the caller's. A gather that was cut short (a restart, the database
     * away) goes on where it stopped when the spike is read again: it takes only conversations still free, and an
     * incident whose gather is recorded, or that is closed, is not gathered again.
     */
    public int gatherInChunks(UUID incidentId) {
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> {
            Incident i = Incident.findById(incidentId);
            if (i == null || !"open".equals(i.state)
                    || IncidentAction.count("incidentId = ?1 and action = 'gather'", incidentId) > 0) {
                return List.<UUID>of();
            }
            return candidates(i);
        });
        // A manager who closes the incident meanwhile stops it: a closed incident gathers nothing.
        int gathered = joinInChunks(candidates, chunk -> QuarkusTransaction.requiringNew().call(() -> {
            Incident i = Incident.findById(incidentId);
            return "open".equals(i.state) ? join(i, chunk, SPIKES) : 0;
        }));
        if (!candidates.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> recordGather(Incident.findById(incidentId), gathered, SPIKES));
        }
        return gathered;
    }

    /** A manager opens an incident by hand. */
    @Transactional
    public Incident open(String brand, String title, Optional<String> signal, List<String> terms, Instant from,
            Instant to, String by) {
        Incident i = incident(brand, title, "manual", signal.orElse(null), terms, from, to, by);
        i.persist();
        announceOpened(i);
        gather(i, by);
        return i;
    }

    /** Incidents are announced (opened and closed) so that analytics marks them on its timeline. */
    private void announceOpened(Incident i) {
        outbox.add(i.id.toString(), Event.of(StableIds.of("incident-opened", i.id.toString()), SERVICE, i.brand,
                i.id.toString(), i.openedAt, i.openedAt, new IncidentOpened(i.id, i.title, i.source, i.signal,
                        i.openedBy, i.openedAt)));
    }

    private Incident incident(String brand, String title, String source, String signal, List<String> terms,
            Instant from, Instant to, String by) {
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.brand = brand;
        i.title = title;
        i.state = "open";
        i.source = source;
        i.signal = signal;
        i.terms = String.join(" ", terms);
        i.windowStart = from;
        i.windowEnd = to;
        i.openedBy = by;
        i.openedAt = clock.instant();
        return i;
    }

    /** Gathers again up to now (an open incident's window grows): conversations that joined the crisis since. */
    @Transactional
    public int regather(String brand, UUID id, String by) {
        Incident i = openIncident(brand, id);
        Instant now = clock.instant();
        if (now.isAfter(i.windowEnd)) {
            i.windowEnd = now;
        }
        return gather(i, by);
    }

    /** Interactions read per query of a gather: only their conversation, text and language. */
    static final int GATHER_PAGE = 5_000;

    /** Conversations locked, joined, written and let go together, so that a gather holds no more at once. */
    static final int GATHER_CHUNK = 500;

    /**
     * PostgreSQL's order of uuids (bytes, unsigned), which the intake's locks follow ({@code ORDER BY id}): a
     * gather that locks its chunks in this order never waits crosswise with an intake batch.
     */
    static final Comparator<UUID> DATABASE_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private int gather(Incident i, String by) {
        int gathered = joinInChunks(candidates(i), chunk -> join(i, chunk, by));
        recordGather(i, gathered, by);
        return gathered;
    }

    /** Hands the candidates to {@code join} {@link #GATHER_CHUNK} at a time; answers how many it joined in all. */
    private static int joinInChunks(List<UUID> candidates, ToIntFunction<List<UUID>> join) {
        int joined = 0;
        for (int from = 0; from < candidates.size(); from += GATHER_CHUNK) {
            joined += join.applyAsInt(candidates.subList(from, Math.min(candidates.size(), from + GATHER_CHUNK)));
        }
        return joined;
    }

    private void recordGather(Incident i, int gathered, String by) {
        record(i.id, "gather", "window " + i.windowStart + " to " + i.windowEnd, gathered, by);
    }

    /**
     * The conversations an incident would gather, in the database's order: those with an interaction in its window
     * that carries its signal and its words. A spike can span a hundred thousand interactions: they are read a
     * page at a time, as their conversation, text and language only (whole interactions, all at once, ran the
     * inbox out of memory, and it failed again on every restart while the spike was read again).
     */
    private List<UUID> candidates(Incident i) {
        // Free conversations — and, for an incident about named words, those an open incident without words holds.
        StringBuilder query = new StringBuilder("brand = :b and observedAt >= :f and observedAt <= :t and "
                + "conversationId in (select c.id from Conversation c where c.brand = :b and (c.incidentId is null"
                + (i.terms.isBlank() ? "" : " or c.incidentId in (select w.id from Incident w where w.brand = :b"
                        + " and w.state = 'open' and w.terms = '' and w.id <> :self)") + "))");
        if ("complaint".equals(i.signal)) {
            query.append(" and moment = 'complaint'");
        } else if ("negative".equals(i.signal)) {
            query.append(" and sentiment = 'negative'");
        }
        Parameters parameters = Parameters.with("b", i.brand).and("f", i.windowStart).and("t", i.windowEnd);
        if (!i.terms.isBlank()) {
            parameters.and("self", i.id);
        }
        Set<UUID> conversations = new TreeSet<>(DATABASE_ORDER);
        UUID after = null;
        while (true) {
            var page = em.createQuery("select id, conversationId, text, language from Interaction where " + query
                    + (after == null ? "" : " and id > :after") + " order by id", Object[].class)
                    .setMaxResults(GATHER_PAGE);
            parameters.map().forEach(page::setParameter);
            if (after != null) {
                page.setParameter("after", after);
            }
            List<Object[]> rows = page.getResultList();
            for (Object[] row : rows) {
                if (IncidentMatching.matchesTerms(i.terms, (String) row[2], (String) row[3])) {
                    conversations.add((UUID) row[1]);
                }
            }
            if (rows.size() < GATHER_PAGE) {
                break;
            }
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
        return new ArrayList<>(conversations);
    }

    /**
     * Joins a chunk of conversations (at most {@link #GATHER_CHUNK}) to the incident, locked in the database's
     * order: no gather waits crosswise with an intake batch. A gather changes many conversations in one
     * transaction, as an intake batch does: the brand's response targets (read again by each reprice) are read
     * once, and no query per conversation makes Hibernate check every entity loaded so far. The chunk is written
     * and let go before the next, so a gather holds no more than a chunk at once.
     */
    private int join(Incident i, List<UUID> chunk, String by) {
        if (!memo.active()) {
            memo.begin();
        }
        int joined = 0;
        for (Conversation c : Conversation.<Conversation>find("id in ?1", Sort.by("id"), chunk)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            if (mayTake(i, c)) {
                join(i, c, by);
                joined++;
            }
        }
        em.flush();
        em.clear();
        return joined;
    }

    /**
     * Keeps an open incident about named words gathering: an interaction stored while it is open joins it when
     * it carries the incident's signal and words, as a gather would have found it. Runs in the transaction that
     * stores it.
     */
    void onInteraction(@Observes Interaction interaction) {
        // Only incidents about named words: one opened by a spike (a signal, no words) would take every later
        // complaint of the brand, also those a manager opens a topical incident for; it gathers again by hand.
        // An intake batch reads the brand's open incidents once for all its interactions.
        List<Incident> open = memo.<List<Incident>>remember("open-incidents:" + interaction.brand,
                () -> Incident.list("brand = ?1 and state = 'open' and terms <> ''", Sort.by("openedAt"),
                        interaction.brand))
                .stream().filter(i -> !i.windowStart.isAfter(interaction.observedAt)).toList();
        if (open.isEmpty()) {
            return;
        }
        Conversation c = Conversation.findById(interaction.conversationId);
        if (c == null) {
            return;
        }
        for (Incident i : open) {
            if (mayTake(i, c) && IncidentMatching.hasSignal(i.signal, interaction.moment, interaction.sentiment)
                    && IncidentMatching.matchesTerms(i.terms, interaction.text, interaction.language)) {
                if (interaction.observedAt.isAfter(i.windowEnd)) {
                    i.windowEnd = interaction.observedAt;
                }
                join(i, c, AuditTrail.SYSTEM);
                return;
            }
        }
    }

    /** Whether the incident may gather the conversation ({@link IncidentMatching#mayTake}). */
    private static boolean mayTake(Incident i, Conversation c) {
        boolean asks = c.incidentId != null && !i.terms.isBlank() && !c.incidentId.equals(i.id);
        Incident holding = asks ? Incident.findById(c.incidentId) : null; // read only when it decides
        return IncidentMatching.mayTake(i.id, i.terms, c.incidentId, holding == null ? null
                : new IncidentMatching.Holder("open".equals(holding.state), holding.terms));
    }

    private void join(Incident i, Conversation c, String by) {
        UUID from = c.incidentId;
        c.incidentId = i.id;
        audit.record(c.id, c.brand, "gathered_into_incident", by, AuditTrail.details("incidentId", i.id,
                "title", i.title, "movedFrom", from));
        priorities.reassess(c, "gathered into incident " + i.title);
    }

    private void record(UUID incident, String action, String detail, int affected, String by) {
        IncidentAction a = new IncidentAction();
        a.id = UUID.randomUUID();
        a.incidentId = incident;
        a.action = action;
        a.detail = detail;
        a.affected = affected;
        a.doneBy = by;
        a.doneAt = clock.instant();
        a.persist();
    }

    /** The listing of {@link #list}: (opened_at, id) descending, indexes incident_page and incident_banner_page. */
    static final Keyset<Incident> INCIDENTS = Keyset.<Incident>descending("incidents")
            .instant("openedAt", i -> i.openedAt).uuid("id", i -> i.id);

    /** A page of the brand's incidents, newest first, optionally in one state, after {@code cursor}. */
    @Transactional
    public Page<Incident> list(String brand, Optional<String> state, String cursor, int limit) {
        return state.isPresent()
                ? INCIDENTS.page((q, p, rows) -> Incident.<Incident>find(q, p).range(0, rows - 1).list(),
                        "brand = :b and state = :s", Map.of("b", brand, "s", state.get()),
                        cursor, limit)
                : INCIDENTS.page((q, p, rows) -> Incident.<Incident>find(q, p).range(0, rows - 1).list(),
                        "brand = :b", Map.of("b", brand), cursor, limit);
    }

    @Transactional
    public Incident get(String brand, UUID id) {
        Incident i = Incident.findById(id);
        if (i == null || !i.brand.equals(brand)) {
            throw ProblemException.notFound("incident " + id + " does not exist in brand " + brand);
        }
        return i;
    }

    private Incident openIncident(String brand, UUID id) {
        Incident i = Incident.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || !i.brand.equals(brand)) {
            throw ProblemException.notFound("incident " + id + " does not exist in brand " + brand);
        }
        if (!"open".equals(i.state)) {
            throw ProblemException.conflict("incident " + id + " is closed (by " + i.closedBy + " at " + i.closedAt
                    + "); bulk actions need an open incident");
        }
        return i;
    }

    @Transactional
    public long size(UUID id) {
        return Conversation.count("incidentId", id);
    }

    /** Gives every conversation of the incident to a team and/or a person; recorded. */
    @Transactional
    public int assign(String brand, UUID id, Optional<String> team, Optional<String> assignee, String by) {
        Incident i = openIncident(brand, id);
        StringBuilder set = new StringBuilder();
        Parameters p = Parameters.with("i", i.id);
        team.ifPresent(t -> {
            set.append("team = :team");
            p.and("team", t);
        });
        assignee.ifPresent(a -> {
            set.append(set.isEmpty() ? "" : ", ").append("assignee = :assignee");
            p.and("assignee", a);
        });
        int updated = Conversation.update(set + " where incidentId = :i", p);
        record(i.id, "assign", "team=" + team.orElse("(unchanged)") + ", assignee=" + assignee.orElse("(unchanged)"),
                updated, by);
        return updated;
    }

    /**
     * Asks the channel gateway to hide the incident's visible interactions received in its window (only the
     * abusive or spam ones unless {@code all}), with the reason recorded; returns how many were asked.
     */
    @Transactional
    public int hide(String brand, UUID id, String reason, boolean all, String by) {
        Incident i = openIncident(brand, id);
        List<Interaction> targets = Interaction.list("conversationId in (select c.id from Conversation c where "
                + "c.incidentId = :i) and state = 'visible' and observedAt >= :f and observedAt <= :t"
                + (all ? "" : " and (abusive = true or spam = true)"),
                Parameters.with("i", i.id).and("f", i.windowStart).and("t", i.windowEnd));
        Instant now = clock.instant();
        for (Interaction t : targets) {
            UUID action = StableIds.of("incident", i.id.toString(), "hide", t.id.toString());
            outbox.add(t.conversationId.toString(), Event.of(StableIds.of("outbound", action.toString()), SERVICE,
                    i.brand, t.conversationId.toString(), now, now, new OutboundActionRequested(action,
                            OutboundAction.HIDE, Platform.fromId(t.platform), t.channelAccountId, t.platformObjectId,
                            null, by, "incident/" + i.id + "/hide/" + t.id + "?reason=" + reason)));
        }
        record(i.id, "hide", "reason=" + reason + (all ? ", every visible interaction" : ", abusive or spam only"),
                targets.size(), by);
        return targets.size();
    }

    @Transactional
    public Incident close(String brand, UUID id, String resolution, String by) {
        Incident i = openIncident(brand, id);
        i.state = "closed";
        i.closedBy = by;
        i.closedAt = clock.instant();
        i.resolution = resolution;
        record(i.id, "close", resolution == null ? "" : resolution, 0, by);
        outbox.add(i.id.toString(), Event.of(StableIds.of("incident-closed", i.id.toString()), SERVICE, brand,
                i.id.toString(), i.closedAt, i.closedAt, new IncidentClosed(i.id, by, i.closedAt, resolution)));
        return i;
    }

    /** The latest thing done on the incident. */
    @Transactional
    public IncidentAction lastAction(String brand, UUID id) {
        get(brand, id);
        return IncidentAction.<IncidentAction>find("incidentId = ?1 order by doneAt desc, id desc", id).firstResult();
    }

    /** The listing of {@link #actions}: (done_at, id), index incident_action_page. */
    static final Keyset<IncidentAction> ACTIONS = Keyset.<IncidentAction>ascending("incident-actions")
            .instant("doneAt", a -> a.doneAt).uuid("id", a -> a.id);

    /** A page of what was done on the incident, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<IncidentAction> actions(String brand, UUID id, String cursor, int limit) {
        get(brand, id);
        return ACTIONS.page((q, p, rows) -> IncidentAction.<IncidentAction>find(q, p).range(0, rows - 1).list(),
                "incidentId = :i", Map.of("i", id), cursor, limit);
    }

}
