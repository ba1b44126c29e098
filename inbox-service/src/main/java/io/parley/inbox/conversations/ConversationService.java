package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.priority.Priorities;
import io.parley.inbox.priority.PriorityPolicy;
import io.parley.inbox.ownership.Assignments;
import io.parley.inbox.search.SearchIndex;
import io.parley.inbox.targets.CatalogueTargets;
import io.parley.inbox.targets.Deadlines;
import io.parley.inbox.targets.InboxConfig;
import io.parley.inbox.targets.ResponseTargetPolicy;
import io.parley.inbox.targets.ResponseTargetStore;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.sql.SqlArrays;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Conversations: interactions grouped by thread, each conversation due by the brand's first-response
 * target. The state changes of a conversation happen here only:
 * <ul>
 * <li>the first interaction of a thread opens it ({@code ConversationOpened});</li>
 * <li>a customer writing again after an answer reopens it, due again from that new message (kept simple on
 * purpose: one status, one due time; the first-response time stays what it was);</li>
 * <li>a delivered reply answers it ({@code ConversationAnswered} the first time), unless the customer wrote
 * again after the reply was written — then it stays open, due from the oldest message still unanswered.</li>
 * </ul>
 * Every change locks the conversation row: the interaction and delivery consumers run on their own threads,
 * and a version conflict there would send a good event to the dead-letter topic.
 */
@ApplicationScoped
public class ConversationService {

    static final String SERVICE = "inbox-service";

    private final ResponseTargetStore targets;
    private final ResponseTargetPolicy policy;
    private final Outbox outbox;
    private final Clock clock;
    private final InteractionHistory history;
    private final Deadlines deadlines;
    private final Assignments assignments;
    private final SearchIndex search;
    private final AuditTrail audit;
    private final jakarta.enterprise.event.Event<Interaction> interactionStored;
    private final Priorities priorities;
    private final BatchMemo memo;
    /** How long an exact count may take before the estimate stands instead (parley.inbox.exact-count-budget). */
    private final Duration countBudget;

    private static final String SEEN_INTERACTIONS = "conversations.seen-interactions";
    private static final String LOCKED_CONVERSATIONS = "conversations.locked";

    @Inject
    public ConversationService(ResponseTargetStore targets, InboxConfig config, Outbox outbox, Clock clock,
            InteractionHistory history, Deadlines deadlines, Assignments assignments, SearchIndex search,
            AuditTrail audit, jakarta.enterprise.event.Event<Interaction> interactionStored, Priorities priorities,
            BatchMemo memo) {
        this.targets = targets;
        this.policy = new ResponseTargetPolicy(config.defaultFirstResponse());
        this.countBudget = config.exactCountBudget();
        this.outbox = outbox;
        this.clock = clock;
        this.history = history;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.search = search;
        this.audit = audit;
        this.interactionStored = interactionStored;
        this.priorities = priorities;
        this.memo = memo;
    }

    /** An interaction heard on a channel of a brand, as an intake batch brings it. */
    public record Arrival(String brand, InteractionReceived received) {
    }

    /**
     * Reads ahead for an intake batch, in its transaction (which keeps a {@link BatchMemo}): which of the
     * interactions are stored already, the batch's existing conversations — locked, in the order of their ids,
     * so that two writers never wait for each other crosswise — and the changes waiting for the interactions.
     * Three queries for the batch instead of three for each interaction; {@link #record} takes the answers from
     * the memo.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        Set<UUID> interactionIds = new HashSet<>();
        Set<UUID> conversationIds = new TreeSet<>();
        for (Arrival a : arrivals) {
            interactionIds.add(a.received().interactionId());
            conversationIds.add(conversationIdOf(a.brand(), a.received()));
        }
        Map<UUID, Boolean> seen = new HashMap<>();
        interactionIds.forEach(id -> seen.put(id, false));
        Interaction.getEntityManager().createQuery("select i.id from Interaction i where i.id in :ids", UUID.class)
                .setParameter("ids", interactionIds).getResultList().forEach(id -> seen.put(id, true));
        memo.put(SEEN_INTERACTIONS, seen);
        Map<UUID, Conversation> locked = new HashMap<>();
        conversationIds.forEach(id -> locked.put(id, null));
        Conversation.<Conversation>find("id in ?1", Sort.by("id"), conversationIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().forEach(c -> locked.put(c.id, c));
        memo.put(LOCKED_CONVERSATIONS, locked);
        history.prepare(interactionIds);
    }

    private static UUID conversationIdOf(String brand, InteractionReceived received) {
        return StableIds.of("conversation", brand, received.platform().id(), received.channelAccountId(),
                received.threadId());
    }

    /** Records an interaction heard on a channel; the same interaction again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brand, InteractionReceived received, Instant observedAt) {
        Map<UUID, Boolean> seen = memo.<Map<UUID, Boolean>>prepared(SEEN_INTERACTIONS)
                .filter(m -> m.containsKey(received.interactionId())).orElse(null);
        boolean stored = seen != null ? seen.put(received.interactionId(), true)
                : Interaction.findById(received.interactionId()) != null;
        if (stored) {
            return;
        }
        UUID conversationId = conversationIdOf(brand, received);
        Map<UUID, Conversation> locked = memo.<Map<UUID, Conversation>>prepared(
                LOCKED_CONVERSATIONS).filter(m -> m.containsKey(conversationId)).orElse(null);
        Conversation conversation = locked != null ? locked.get(conversationId)
                : Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        boolean opened = conversation == null;
        if (opened) {
            conversation = open(conversationId, brand, received, observedAt);
            if (locked != null) {
                locked.put(conversationId, conversation);
            }
        } else {
            join(conversation, received, observedAt);
        }
        Interaction interaction = new Interaction();
        interaction.id = received.interactionId();
        interaction.conversationId = conversation.id;
        interaction.brand = brand;
        interaction.platform = received.platform().id();
        interaction.channelAccountId = received.channelAccountId();
        interaction.threadId = received.threadId();
        interaction.kind = received.kind().id();
        interaction.platformObjectId = received.platformObjectId();
        interaction.parentId = received.parentId();
        if (received.author() != null) {
            interaction.authorId = received.author().platformId();
            interaction.authorName = received.author().name();
            interaction.authorProfileUrl = received.author().profileUrl();
        }
        interaction.text = textOf(received);
        interaction.permalink = received.permalink();
        interaction.platformTime = received.platformTime();
        interaction.observedAt = observedAt;
        interaction.attachments = received.attachments();
        InteractionSignals signals = received.signals();
        if (signals != null) {
            interaction.language = signals.language();
            interaction.moment = signals.moment();
            interaction.sentiment = signals.sentiment();
            interaction.sentimentScore = signals.sentimentScore();
            interaction.abusive = signals.abusive();
            interaction.spam = signals.spam();
            interaction.abusiveScore = signals.abusiveScore();
            interaction.spamScore = signals.spamScore();
            conversation.noteSignals(signals.language(), signals.moment(), signals.sentiment());
            if (!opened) {
                priorities.reassess(conversation, "the customer wrote: " + signals.moment() + ", "
                        + signals.sentiment());
            }
        }
        if (!opened) {
            conversation.noteFlags(interaction.abusive, interaction.spam, false);
        }
        interaction.persist();
        history.applyWaiting(interaction);
        search.add(conversation.id, interaction.text);
        interactionStored.fire(interaction);
    }

    private Conversation open(UUID id, String brand, InteractionReceived received, Instant observedAt) {
        Conversation c = new Conversation();
        c.id = id;
        c.brand = brand;
        c.platform = received.platform().id();
        c.channelAccountId = received.channelAccountId();
        c.threadId = received.threadId();
        c.postId = received.postId() != null ? received.postId() : received.parentId();
        c.status = ConversationStatus.NEW;
        c.receivedAt = observedAt;
        InteractionSignals signals = received.signals();
        if (signals != null) {
            c.noteSignals(signals.language(), signals.moment(), signals.sentiment());
        }
        c.noteFlags(signals != null && signals.abusive(), signals != null && signals.spam(), true);
        // The first message's signals set how pressing it is, and so which target dates it.
        c.priority = PriorityPolicy.automatic(c.moment, c.sentiment, false);
        deadlines.start(c, CatalogueTargets.FIRST_RESPONSE, observedAt);
        if (received.author() != null) {
            c.authorId = received.author().platformId();
            c.authorName = received.author().name();
            c.authorProfileUrl = received.author().profileUrl();
        }
        c.lastInteractionAt = observedAt;
        c.replyTargetId = received.platformObjectId();
        c.preview = textOf(received);
        c.interactionCount = 1;
        assignments.assignNew(c, received);
        c.persist(); // once owned: one insert, not an insert and an update
        outbox.add(id.toString(), Event.of(StableIds.of("opened", id.toString()), SERVICE, brand, id.toString(),
                observedAt, observedAt, new ConversationOpened(id, received.platform(), received.interactionId(),
                        observedAt, c.dueAt, c.team, c.language, c.moment, c.targetMinutes)));
        return c;
    }

    private void join(Conversation c, InteractionReceived received, Instant observedAt) {
        if (!c.status.awaitsBrand()) {
            // The customer wrote again after an answer, while the brand waited for them, or after it was
            // resolved: the brand owes an answer again, due from this message.
            audit.record(c.id, c.brand, "status_changed", AuditTrail.SYSTEM, AuditTrail.details("from", c.status.id(),
                    "to", ConversationStatus.open.id(), "because", "the customer wrote again"));
            statusChanged(c, c.status, ConversationStatus.open, AuditTrail.SYSTEM, "customer", observedAt);
            c.status = ConversationStatus.open;
            deadlines.start(c, CatalogueTargets.FOLLOW_UP, observedAt);
        }
        // A late redelivery of an older message must not move the reply target back up the thread.
        if (!observedAt.isBefore(c.lastInteractionAt)) {
            c.lastInteractionAt = observedAt;
            c.replyTargetId = received.platformObjectId();
        }
        c.interactionCount++;
    }

    /**
     * A reply written at {@code writtenAt} by {@code author} reached the platform at {@code deliveredAt}.
     * Must run in the delivery's transaction; emits {@code ConversationAnswered} for the first response only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replyDelivered(UUID conversationId, Instant writtenAt, Instant deliveredAt, String author) {
        Conversation c = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        Instant due = c.dueAt; // what the queue showed while the reply was on its way: the response's measure
        Optional<Instant> unanswered = firstInteractionAfter(conversationId, writtenAt);
        ConversationStatus before = c.status;
        if (unanswered.isPresent()) {
            c.status = ConversationStatus.open;
            deadlines.start(c, CatalogueTargets.FOLLOW_UP, unanswered.get());
        } else if (c.status != ConversationStatus.resolved) {
            c.status = ConversationStatus.answered;
        }
        if (c.status != before) {
            audit.record(c.id, c.brand, "status_changed", author, AuditTrail.details("from", before.id(), "to",
                    c.status.id(), "because", unanswered.isPresent() ? "the reply was delivered, but the customer "
                            + "wrote again meanwhile" : "the reply was delivered"));
            statusChanged(c, before, c.status, author, "reply", deliveredAt);
        }
        if (c.firstResponseAt != null) {
            return;
        }
        c.firstResponseAt = deliveredAt;
        c.timeToFirstResponseSeconds = Math.max(0, Duration.between(c.receivedAt, deliveredAt).toSeconds());
        outbox.add(c.id.toString(), Event.of(StableIds.of("answered", c.id.toString()), SERVICE, c.brand,
                c.id.toString(), deliveredAt, clock.instant(), new ConversationAnswered(c.id,
                        Platform.fromId(c.platform), c.receivedAt, deliveredAt, c.timeToFirstResponseSeconds, due,
                        !deliveredAt.isAfter(due), author)));
    }

    private Optional<Instant> firstInteractionAfter(UUID conversationId, Instant instant) {
        Optional<Interaction> first = Interaction.find("conversationId = :c and observedAt > :t",
                Sort.by("observedAt"), Parameters.with("c", conversationId).and("t", instant)).firstResultOptional();
        return first.map(i -> i.observedAt);
    }

    private static String textOf(InteractionReceived received) {
        return received.text() == null ? "" : received.text();
    }

    /** The listing's conditions: {@code FROM conversation WHERE …}, the status literals alone, and the values. */
    private record Listing(String from, String statuses, Map<String, Object> params) {
    }

    /**
     * The conditions of a listing of the given brands narrowed by the filter (not the search's words). Statuses are
     * written as literals so that the open queue (new and open) is read from the partial indexes of the awaiting
     * conversations (V20, V45) and one status from {@code conversation_queue}, in order, without a sort.
     */
    private Listing listing(Set<String> brands, ConversationFilter filter) {
        StringBuilder sql = new StringBuilder(" FROM conversation WHERE brand IN (:brands)");
        StringBuilder statuses = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("brands", brands);
        if (!filter.statuses().isEmpty()) {
            // Literals from the enum (never from the request's text), in table order.
            List<String> ids = Arrays.stream(ConversationStatus.values())
                    .filter(filter.statuses()::contains).map(st -> "'" + st.id() + "'").toList();
            statuses.append(ids.size() == 1 ? " AND status = " + ids.get(0)
                    : " AND status IN (" + String.join(", ", ids) + ")");
            sql.append(statuses);
        }
        filter.platform().ifPresent(p -> {
            sql.append(" AND platform = :platform");
            params.put("platform", p.id());
        });
        filter.channelAccountId().ifPresent(a -> {
            sql.append(" AND channel_account_id = :account");
            params.put("account", a);
        });
        filter.moment().ifPresent(m -> {
            sql.append(" AND moment = :moment");
            params.put("moment", m);
        });
        filter.language().ifPresent(l -> {
            sql.append(" AND language = :language");
            params.put("language", l);
        });
        filter.sentiment().ifPresent(v -> {
            sql.append(" AND sentiment = :sentiment");
            params.put("sentiment", v);
        });
        filter.assignee().ifPresent(a -> {
            sql.append(" AND assignee = :assignee");
            params.put("assignee", a);
        });
        filter.team().ifPresent(t -> {
            sql.append(" AND team = :team");
            params.put("team", t);
        });
        filter.incident().ifPresent(i -> {
            sql.append(" AND incident_id = :incident");
            params.put("incident", i);
        });
        // enrichment's flags (V60): true narrows to the flagged ones, false leaves them out
        filter.abusive().ifPresent(b -> sql.append(b ? " AND abusive" : " AND NOT abusive"));
        filter.spam().ifPresent(b -> sql.append(b ? " AND spam" : " AND NOT spam"));
        filter.story().ifPresent(s -> {
            // the conversations under the story's published posts (stories.StoryLinks)
            sql.append(" AND post_id IS NOT NULL AND (platform, post_id) IN (SELECT p.platform, p.platform_post_id"
                    + " FROM published_post p WHERE p.brand = conversation.brand AND p.story_id = :story)");
            params.put("story", s);
        });
        Instant now = clock.instant();
        filter.dueWithin().ifPresent(d -> {
            sql.append(" AND status IN ('new', 'open') AND due_at >= :now AND due_at < :dueBefore");
            params.put("now", now);
            params.put("dueBefore", now.plus(d));
        });
        filter.breached().ifPresent(b -> {
            String breached = "(status IN ('new', 'open') AND (breached_at IS NOT NULL OR due_at < :now))";
            sql.append(b ? " AND " + breached : " AND NOT " + breached);
            params.put("now", now);
        });
        return new Listing(sql.toString(), statuses.toString(), params);
    }

    /**
     * A page of the listing in the given order (each ends on the id), of the given brands only, narrowed by the
     * filter, after the cursor. One SQL statement that the order's index walks (QueueOrder); a search is
     * {@link #searchPage}.
     */
    @Transactional
    public List<Conversation> queue(Set<String> brands, ConversationFilter filter, QueueOrder order,
            Optional<QueueCursor> after, int limit) {
        if (brands.isEmpty()) {
            return List.of();
        }
        Listing l = listing(brands, filter);
        // The columns by name (Conversation.COLUMNS), and the search vector when the words are tested on the listing.
        StringBuilder sql = new StringBuilder("SELECT " + Conversation.COLUMNS
                + (filter.search().isPresent() ? ", search" : "") + l.from());
        Map<String, Object> params = l.params();
        after.ifPresent(c -> {
            // For the due order "due_at >=" lets the index start at the cursor; the rest breaks ties on the id.
            sql.append(" AND ").append(c.order().after());
            c.bind(params);
        });
        params.put("limit", limit);
        String listing = sql.toString();
        if (filter.search().isEmpty()) {
            return page(listing + " ORDER BY " + order.orderBy() + " LIMIT :limit", params);
        }
        params.put("query", filter.search().get());
        return searchPage(listing, l.statuses(), order, params, limit);
    }

    /** The due-order page ({@link #queue(Set, ConversationFilter, QueueOrder, Optional, int)}). */
    @Transactional
    public List<Conversation> queue(Set<String> brands, ConversationFilter filter, Optional<QueueCursor> after,
            int limit) {
        return queue(brands, filter, QueueOrder.DUE, after, limit);
    }

    /** How many conversations a listing holds: exact, or PostgreSQL's estimate when counting would be slow. */
    public record Total(long count, boolean estimate) {
    }

    /**
     * The number of conversations in a listing (all pages). First PostgreSQL's estimate of the listing's rows (the
     * plan alone, a fraction of a millisecond): when it is far above {@code exactUpTo} (three times), that estimate is
     * the answer, flagged as one. Otherwise the listing is counted, stopping after {@code exactUpTo + 1} rows — a few
     * milliseconds through an index, at most 150 ms ({@link ListingCount}) — and a count that stopped there or ran out
     * of time is replaced by the estimate (never less than
     * {@code exactUpTo + 1}). Counting a million rows exactly would take a good part of a second on every refresh of
     * every agent's queue; a filtered count of 10,001 rows the planner has to fetch from the table took 430 ms at a
     * million conversations (docs/benchmarks.md), which the estimate first avoids.
     */
    @Inject
    ListingCount counter;

    @Transactional
    public Total total(Set<String> brands, ConversationFilter filter, int exactUpTo) {
        if (brands.isEmpty()) {
            return new Total(0, false);
        }
        Listing l = listing(brands, filter);
        String from = l.from();
        Map<String, Object> params = l.params();
        if (filter.search().isPresent()) {
            from += " AND search @@ CAST(:query AS tsquery)";
            params.put("query", filter.search().get());
        }
        jakarta.persistence.Query explain = Conversation.getEntityManager().createNativeQuery(
                "EXPLAIN SELECT 1" + from);
        params.forEach(explain::setParameter);
        java.util.regex.Matcher rows = ESTIMATED_ROWS.matcher(String.valueOf(explain.getResultList().get(0)));
        long estimate = rows.find() ? Long.parseLong(rows.group(1)) : 0;
        if (estimate > 3L * exactUpTo) {
            return new Total(estimate, true);
        }
        long counted;
        try {
            counted = counter.capped(from, params, exactUpTo + 1, countBudget);
        } catch (RuntimeException e) {
            // PostgreSQL gave up within the budget (statement_timeout): the estimate is the answer.
            return new Total(Math.max(estimate, exactUpTo + 1L), true);
        }
        if (counted <= exactUpTo) {
            return new Total(counted, false);
        }
        return new Total(Math.max(estimate, exactUpTo + 1L), true);
    }

    private static final java.util.regex.Pattern ESTIMATED_ROWS = java.util.regex.Pattern.compile("rows=(\\d+)");

    /**
     * A page of the listing's conversations that carry the words, in the listing's order:
     * <ol>
     * <li>the first {@link #SEARCH_WALK} rows of the listing in its order are tested against the words, and
     * a page found there is the answer (common words stop after a few hundred rows);</li>
     * <li>fewer than a page there means the words are rare in the listing: the conversations that carry them are
     * found through the GIN index alone (of the awaiting ones, {@code conversation_awaiting_search}, when the
     * listing is of new or open ones), up to {@link #SEARCH_HITS}, then fetched by id under the listing's
     * conditions and sorted;</li>
     * <li>above that, one statement, as PostgreSQL judges best.</li>
     * </ol>
     * (In one statement PostgreSQL may combine the GIN index with the queue's, misjudging how many rows the words
     * match: 136 ms p95 instead of 16 at a million conversations, docs/benchmarks.md.)
     */
    private static List<Conversation> searchPage(String listing, String statuses, QueueOrder order,
            Map<String, Object> params, int limit) {
        String words = " search @@ CAST(:query AS tsquery)";
        String orderBy = " ORDER BY " + order.orderBy();
        params.put("walk", SEARCH_WALK);
        List<Conversation> walked = page("SELECT * FROM (" + listing + orderBy + " LIMIT :walk) walked"
                + " WHERE" + words + orderBy + " LIMIT :limit", params);
        if (walked.size() == limit) {
            return walked; // the first matches in the listing's order are the first of the whole listing
        }
        params.remove("walk");
        jakarta.persistence.Query carrying = Conversation.getEntityManager().createNativeQuery(
                "SELECT id FROM conversation WHERE" + words + statuses + " LIMIT :cap");
        carrying.setParameter("query", params.get("query")).setParameter("cap", SEARCH_HITS + 1);
        @SuppressWarnings("unchecked")
        List<Object> hits = carrying.getResultList();
        if (hits.isEmpty()) {
            return List.of();
        }
        if (hits.size() <= SEARCH_HITS) {
            params.remove("query");
            params.put("hits", SqlArrays.uuids(hits.stream().map(h -> UUID.fromString(h.toString())).toList()));
            // OFFSET 0 keeps PostgreSQL from folding this into a walk of the queue in the listing's order.
            String byId = listing.replaceFirst(" WHERE ", " WHERE id = ANY(CAST(:hits AS uuid[])) AND ");
            return page("SELECT * FROM (" + byId + " OFFSET 0) carrying" + orderBy + " LIMIT :limit", params);
        }
        return page("SELECT * FROM (" + listing + " AND" + words + " OFFSET 0) hits" + orderBy + " LIMIT :limit",
                params);
    }

    /**
     * How many rows of a listing a search walks in due-time order before it collects its matches through the
     * GIN index instead: at about 1 µs a row, a few milliseconds at most (docs/benchmarks.md).
     */
    static final int SEARCH_WALK = 4_000;

    /** Up to this many conversations carrying the words, a search looks them up one by one by their ids. */
    static final int SEARCH_HITS = 5_000;

    private static List<Conversation> page(String sql, Map<String, Object> params) {
        jakarta.persistence.Query query = Conversation.getEntityManager().createNativeQuery(sql, Conversation.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Conversation> page = query.getResultList();
        return page;
    }

    /**
     * Moves a conversation to another status by hand, as the transition table allows (409 otherwise, naming
     * the statuses it may go to); recorded in the audit trail with the reason.
     */
    @Transactional
    public Conversation changeStatus(UUID id, Set<String> brands, ConversationStatus to, String actor,
            String reason) {
        Conversation c = getForUpdate(id, brands);
        if (c.status == to) {
            throw ProblemException.conflict("conversation " + id + " is already " + to.id());
        }
        if (!c.status.manualTargets().contains(to)) {
            throw ProblemException.conflict("a conversation cannot go from " + c.status.id() + " to " + to.id()
                    + (to == ConversationStatus.answered ? " by hand: it is answered when a reply is delivered"
                            : to == ConversationStatus.NEW ? ": new is only where a conversation starts" : "")
                    + "; from " + c.status.id() + " it may go to " + ConversationStatus.ids(c.status.manualTargets()));
        }
        ConversationStatus from = c.status;
        c.status = to;
        if (to == ConversationStatus.open && !from.awaitsBrand()) {
            // Reopened by hand: the brand owes an answer again, due from now.
            deadlines.start(c, CatalogueTargets.FOLLOW_UP, clock.instant());
        }
        audit.record(c.id, c.brand, "status_changed", actor, AuditTrail.details("from", from.id(), "to", to.id(),
                "reason", reason));
        statusChanged(c, from, to, actor, "manual", clock.instant());
        return c;
    }

    /**
     * Announces a change of status ({@code ConversationStatusChanged}) in the change's transaction, for the figures
     * that need resolutions and reopenings (analytics). The id is stable per change, so the outbox never sends it
     * under two ids.
     */
    private void statusChanged(Conversation c, ConversationStatus from, ConversationStatus to, String by,
            String reason, Instant at) {
        outbox.add(c.id.toString(), Event.of(StableIds.of("status", c.id.toString(), from.id(), to.id(),
                        at.toString()), SERVICE, c.brand, c.id.toString(), at, clock.instant(),
                new ConversationStatusChanged(c.id, Platform.fromId(c.platform), from.id(), to.id(), by, reason, at)));
    }

    /**
     * Someone at the brand acted on a new conversation (wrote a reply or a note): it is open now. Must run in
     * the action's transaction, with the conversation locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(Conversation c, String actor, String what) {
        if (c.status == ConversationStatus.NEW) {
            c.status = ConversationStatus.open;
            audit.record(c.id, c.brand, "status_changed", actor, AuditTrail.details("from",
                    ConversationStatus.NEW.id(), "to", ConversationStatus.open.id(), "because", what));
            statusChanged(c, ConversationStatus.NEW, ConversationStatus.open, actor, "action", clock.instant());
        }
    }

    /**
     * The author's other conversations in the given brands: the same person on the same network (any channel
     * account), and conversations under the same name on other networks, newest first.
     */
    @Transactional
    public List<Conversation> authorHistory(Conversation c, Set<String> brands, int limit) {
        if (c.authorId == null && c.authorName == null) {
            return List.of();
        }
        return Conversation.find("""
                brand in :brands and id <> :id and ((platform = :platform and authorId = :authorId)
                  or (platform <> :platform and lower(authorName) = lower(:authorName)))""",
                Sort.by("lastInteractionAt", Sort.Direction.Descending).and("id"),
                Parameters.with("brands", brands).and("id", c.id).and("platform", c.platform)
                        .and("authorId", c.authorId == null ? "" : c.authorId)
                        .and("authorName", c.authorName == null ? "" : c.authorName))
                .page(0, limit).list();
    }

    /** One conversation of the caller's brands, or 404 — also for another brand's. */
    @Transactional
    public Conversation get(UUID id, Set<String> brands) {
        return visible(Conversation.findById(id), id, brands);
    }

    /**
     * One conversation of the caller's brands, locked until the caller's transaction ends, so that
     * writers of the same conversation (two agents replying) take turns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation getForUpdate(UUID id, Set<String> brands) {
        return visible(Conversation.findById(id, LockModeType.PESSIMISTIC_WRITE), id, brands);
    }

    private static Conversation visible(Conversation c, UUID id, Set<String> brands) {
        if (c == null || !brands.contains(c.brand)) {
            throw ProblemException.notFound("conversation " + id + " does not exist");
        }
        return c;
    }

    @Transactional
    public List<Interaction> interactions(UUID conversationId) {
        return Interaction.list("conversationId", Sort.by("observedAt").and("id"), conversationId);
    }
}
