package io.parley.inbox.advocates;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.approvals.Holding;
import io.parley.inbox.batch.BatchFlushed;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Interaction;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Page;
import io.parley.platform.sql.SqlArrays;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Advocates (R2.12): authors with a praise or a positive interaction in at least N conversations, read from the
 * interactions; asked for a recommendation by direct message where the platform has them, else as a task, and
 * never twice within the configured period.
 */
@ApplicationScoped
public class Advocates {

    static final String SERVICE = "inbox-service";
    private static final String GATHERED = "advocates.gathered";
    /** Platforms whose gateway connector sends a direct message to an author by their platform id. */
    static final Set<Platform> DIRECT_MESSAGES = Set.of(Platform.INSTAGRAM, Platform.X, Platform.VK,
            Platform.TELEGRAM);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final AdvocatesConfig config;
    private final BatchMemo memo;
    private final Holding holding;

    @Inject
    public Advocates(EntityManager em, Outbox outbox, Clock clock, AdvocatesConfig config, BatchMemo memo,
            Holding holding) {
        this.holding = holding;
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.memo = memo;
    }

    public int threshold() {
        return config.minPositiveConversations();
    }

    private static final String FIGURES = """
            SELECT i.platform, i.author_id, max(i.author_name), count(DISTINCT i.conversation_id), count(*),
                   max(i.observed_at),
                   (SELECT max(r.requested_at) FROM advocate_request r WHERE r.brand = i.brand
                      AND r.platform = i.platform AND r.author_id = i.author_id)
            FROM interaction i
            WHERE i.brand = :brand AND i.author_id IS NOT NULL AND (i.moment = 'praise' OR i.sentiment = 'positive')
            """;

    /** The order of {@link #list}, and its cursors' name: aggregates of the author's positive interactions. */
    static final Keyset<AdvocateViews.Advocate> ADVOCATES = Keyset.<AdvocateViews.Advocate>descending("advocates")
            .number("count(DISTINCT i.conversation_id)", AdvocateViews.Advocate::positiveConversations)
            .instant("max(i.observed_at)", AdvocateViews.Advocate::lastPositiveAt)
            .text("i.platform", AdvocateViews.Advocate::platform).text("i.author_id", AdvocateViews.Advocate::authorId);

    /**
     * A page of the brand's advocates, the most positive conversations first, after {@code cursor} (null: the first
     * page). Keyset on (positive conversations, last positive interaction, platform, author id), all descending: an
     * aggregate over the author's positive interactions (index interaction_positive_author), compared in HAVING. An
     * advocate whose figures change while a client pages moves in the order: they may be listed on two pages or on
     * none of the rest, as in any ranking.
     */
    @Transactional
    public Page<AdvocateViews.Advocate> list(String brand, String cursor, int limit) {
        Keyset.After after = ADVOCATES.after(cursor);
        var query = em.createNativeQuery(FIGURES + """
                GROUP BY i.brand, i.platform, i.author_id HAVING count(DISTINCT i.conversation_id) >= :n"""
                + (after == null ? "" : " AND " + after.sql())
                + " ORDER BY " + ADVOCATES.orderBy() + " LIMIT :limit").setParameter("brand", brand)
                .setParameter("n", threshold()).setParameter("limit", ADVOCATES.rows(limit));
        if (after != null) {
            after.parameters().forEach(query::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return ADVOCATES.page(rows.stream().map(this::advocate).toList(), limit);
    }

    /** One author's standing: their positive figures and whether they are an advocate. */
    @Transactional
    public AdvocateViews.Advocate one(String brand, Platform platform, String authorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIGURES + """
                AND i.platform = :platform AND i.author_id = :author GROUP BY i.brand, i.platform, i.author_id""")
                .setParameter("brand", brand).setParameter("platform", platform.id()).setParameter("author", authorId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("no positive interaction by " + platform.id() + " author " + authorId
                    + " in brand " + brand);
        }
        return advocate(rows.get(0));
    }

    private AdvocateViews.Advocate advocate(Object[] r) {
        long conversations = ((Number) r[3]).longValue();
        Instant lastAsked = instant(r[6]);
        Instant again = lastAsked == null ? null : lastAsked.plus(config.askAgainAfter());
        return new AdvocateViews.Advocate((String) r[0], (String) r[1], (String) r[2], conversations,
                ((Number) r[4]).longValue(), instant(r[5]), conversations >= threshold(), lastAsked,
                again != null && again.isAfter(clock.instant()) ? again : null);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** Asks an advocate for a recommendation: once per period; a direct message where possible, else a task. */
    @Transactional
    public AdvocateRequest ask(String brand, Platform platform, String authorId, String text, String by) {
        // one asker at a time per author: the "never twice" check must see the other's request
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:k))")
                .setParameter("k", brand + "|" + platform.id() + "|" + authorId).getSingleResult();
        AdvocateViews.Advocate a = one(brand, platform, authorId);
        if (!a.advocate()) {
            throw ProblemException.conflict(authorId + " has " + a.positiveConversations() + " positive conversation(s);"
                    + " an advocate of " + brand + " needs " + threshold());
        }
        if (a.mayAskAgainAt() != null) {
            throw ProblemException.conflict(authorId + " was asked for a recommendation at " + a.lastAskedAt()
                    + "; they may be asked again from " + a.mayAskAgainAt());
        }
        Optional<Conversation> latest = Conversation.find("brand = ?1 and platform = ?2 and authorId = ?3",
                Sort.by("lastInteractionAt", Sort.Direction.Descending), brand, platform.id(), authorId)
                .firstResultOptional();
        Instant now = clock.instant();
        AdvocateRequest r = new AdvocateRequest();
        r.id = UUID.randomUUID();
        r.brand = brand;
        r.platform = platform.id();
        r.authorId = authorId;
        r.authorName = a.authorName();
        r.text = text;
        r.requestedBy = by;
        r.requestedAt = now;
        r.conversationId = latest.map(c -> c.id).orElse(null);
        if (DIRECT_MESSAGES.contains(platform) && latest.isPresent()) {
            Conversation c = latest.get();
            // A direct message in the asker's name is their reply to the customer: the reply approvals' rule applies
            // (the team owning the conversation where its setting holds them, else the brand) and holds no message
            // here, so a held agent cannot send one.
            holding.rule(c, by).ifPresent(rule -> {
                throw new ProblemException(ProblemType.FORBIDDEN, "your replies in " + brand
                        + (rule.team() != null ? " (team " + rule.team() + ")" : "") + " wait for a second person's "
                        + "approval (reply approvals): a recommendation request by direct message cannot be sent by "
                        + "you; ask an approver");
            });
            r.channel = "direct_message";
            r.actionId = StableIds.of("advocate", r.id.toString());
            outbox.add(c.id.toString(), Event.of(StableIds.of("outbound", r.actionId.toString()), SERVICE, brand,
                    c.id.toString(), now, now, new OutboundActionRequested(r.actionId, OutboundAction.REPLY, platform,
                            c.channelAccountId, c.replyTargetId, text, by, "advocate/" + r.id, authorId)));
        } else {
            r.channel = "task";
        }
        r.persist();
        outbox.add(platform.id() + ":" + authorId, Event.of(StableIds.of("recommendation-requested", r.id.toString()),
                SERVICE, brand, platform.id() + ":" + authorId, now, now, new RecommendationRequested(r.id, platform,
                        authorId, r.channel, r.conversationId, by, now)));
        return r;
    }

    /**
     * A positive interaction (praise, or positive sentiment) by a known author was stored: when it is the one that
     * brings the author to the threshold of positive conversations, they are an advocate from now on and
     * {@code AdvocateGained} is announced, once per author (its id is stable). Runs in the interaction's
     * transaction. In an intake batch the interaction is only noted, and the batch's positive interactions are
     * counted together by {@link #announceGathered} once the batch is flushed: a query per interaction would
     * make Hibernate flush and dirty-check the whole batch before each one (half the inbox's intake time when most
     * interactions are positive).
     */
    void onInteraction(@Observes Interaction i) {
        if (i.authorId == null || !positive(i)) {
            return;
        }
        if (memo.active()) {
            memo.<List<Interaction>>remember(GATHERED, ArrayList::new).add(i);
            return;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT conversation_id) FILTER (WHERE conversation_id <> :conversation),
                       count(*) FILTER (WHERE conversation_id = :conversation)
                FROM interaction WHERE brand = :brand AND platform = :platform AND author_id = :author AND id <> :self
                  AND (moment = 'praise' OR sentiment = 'positive')""")
                .setParameter("conversation", i.conversationId).setParameter("brand", i.brand)
                .setParameter("platform", i.platform).setParameter("author", i.authorId).setParameter("self", i.id)
                .getSingleResult();
        long others = ((Number) row[0]).longValue();
        boolean conversationCounted = ((Number) row[1]).longValue() > 0;
        long before = others + (conversationCounted ? 1 : 0);
        long after = others + 1;
        if (before < threshold() && after >= threshold()) {
            announce(i, after);
        }
    }

    /**
     * The advocates an intake batch made (call after the batch's flush; nothing outside a batch): one statement
     * reads, for every author with a positive interaction in the batch, up to the threshold's number of their
     * positive conversations from before the batch; the batch's interactions are then counted in their order, so
     * that the interaction that reaches the threshold is the one announced, as if they had arrived one by one.
     */
    void announceGathered(@Observes BatchFlushed flushed) {
        List<Interaction> gathered = memo.<List<Interaction>>prepared(GATHERED).orElse(List.of());
        if (gathered.isEmpty()) {
            return;
        }
        Map<String, List<Interaction>> byAuthor = new LinkedHashMap<>();
        Set<UUID> batch = new HashSet<>();
        for (Interaction i : gathered) {
            byAuthor.computeIfAbsent(authorKey(i.brand, i.platform, i.authorId), k -> new ArrayList<>()).add(i);
            batch.add(i.id);
        }
        List<String> brands = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        byAuthor.values().forEach(list -> {
            brands.add(list.get(0).brand);
            platforms.add(list.get(0).platform);
            authors.add(list.get(0).authorId);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.brand, a.platform, a.author_id, earlier.conversation_id
                FROM unnest(CAST(:brands AS text[]), CAST(:platforms AS text[]), CAST(:authors AS text[]))
                     AS a(brand, platform, author_id)
                CROSS JOIN LATERAL (
                    SELECT DISTINCT i.conversation_id FROM interaction i
                    WHERE i.brand = a.brand AND i.platform = a.platform AND i.author_id = a.author_id
                      AND (i.moment = 'praise' OR i.sentiment = 'positive')
                      AND i.id <> ALL(CAST(:batch AS uuid[]))
                    LIMIT :threshold) earlier""")
                .setParameter("brands", SqlArrays.text(brands)).setParameter("platforms", SqlArrays.text(platforms))
                .setParameter("authors", SqlArrays.text(authors)).setParameter("batch", SqlArrays.uuids(batch))
                .setParameter("threshold", threshold())
                .setFlushMode(FlushModeType.COMMIT) // the batch is flushed already: no second dirty check of it
                .getResultList();
        Map<String, Set<UUID>> conversations = new HashMap<>();
        for (Object[] r : rows) {
            conversations.computeIfAbsent(authorKey((String) r[0], (String) r[1], (String) r[2]), k -> new HashSet<>())
                    .add(r[3] instanceof UUID u ? u : UUID.fromString(r[3].toString()));
        }
        byAuthor.forEach((key, interactions) -> {
            Set<UUID> positive = conversations.computeIfAbsent(key, k -> new HashSet<>());
            for (Interaction i : interactions) {
                int before = positive.size();
                if (positive.add(i.conversationId) && before < threshold() && positive.size() >= threshold()) {
                    announce(i, positive.size());
                }
            }
        });
        gathered.clear();
    }

    private static boolean positive(Interaction i) {
        return "praise".equals(i.moment) || "positive".equals(i.sentiment);
    }

    private static String authorKey(String brand, String platform, String authorId) {
        return brand + "\u0000" + platform + "\u0000" + authorId;
    }

    private void announce(Interaction i, long conversations) {
        String key = i.platform + ":" + i.authorId;
        outbox.add(key, Event.of(StableIds.of("advocate-gained", i.brand, key), SERVICE, i.brand, key, i.observedAt,
                i.observedAt, new AdvocateGained(Platform.fromId(i.platform), i.authorId, i.authorName,
                        i.conversationId, conversations, i.observedAt)));
    }

    /** The listing of {@link #requests}: (requested_at, id) descending, index advocate_request_page. */
    static final Keyset<AdvocateRequest> REQUESTS = Keyset.<AdvocateRequest>descending("recommendation-requests")
            .instant("requestedAt", r -> r.requestedAt).uuid("id", r -> r.id);

    /** A page of the requests sent to an author, newest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<AdvocateRequest> requests(String brand, Platform platform, String authorId, String cursor, int limit) {
        return REQUESTS.page((q, p, rows) -> AdvocateRequest.<AdvocateRequest>find(q, p).range(0, rows - 1).list(),
                "brand = :b and platform = :p and authorId = :a",
                Map.of("b", brand, "p", platform.id(), "a", authorId), cursor, limit);
    }
}
