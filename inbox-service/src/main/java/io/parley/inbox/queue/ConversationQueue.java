package io.parley.inbox.queue;

import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationStatus;
import io.parley.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The queue's SQL: a listing of conversations (the caller's brands narrowed by a {@link ConversationFilter}) read a
 * page at a time in one of the {@link QueueOrder}s, each walking its own index, searched by words, and counted. Hand
 * built, because each order and the open queue must read from their index without a sort (V20, V45; checked by
 * tests), and a search picks between walking the listing and the GIN index.
 */
@ApplicationScoped
public class ConversationQueue {

    private final Clock clock;
    /** How long an exact count may take before the estimate stands instead (parley.inbox.exact-count-budget). */
    private final Duration countBudget;

    @Inject
    public ConversationQueue(Clock clock, InboxConfig config) {
        this.clock = clock;
        this.countBudget = config.exactCountBudget();
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
        // The columns by name (Conversation.COLUMNS, whose "search" is NULL), and the search vector when the words are
        // tested on the listing.
        StringBuilder sql = new StringBuilder("SELECT " + Conversation.COLUMNS
                + (filter.search().isPresent() ? ", search AS search_vector" : "") + l.from());
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
                + " WHERE search_vector @@ CAST(:query AS tsquery)" + orderBy + " LIMIT :limit", params);
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
}
