package io.parley.inbox.complaints;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.inbox.compensation.CompensationOffer;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.conversations.Interaction;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The complaint library (R2.9): a settled complaint is recorded with its problem and settlement; the library
 * is searched by stemmed terms and suggests the past cases most like a new complaint (TF-IDF cosine).
 */
@ApplicationScoped
public class ComplaintLibrary {

    /** The customer's words considered for a conversation: enough to know the problem, bounded for speed. */
    static final int CUSTOMER_MESSAGES = 20;
    /** Candidates ranked per request: the cases sharing the most terms first. */
    static final int CANDIDATES = 500;

    private final Conversations conversations;
    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;

    @Inject
    public ComplaintLibrary(Conversations conversations, EntityManager em, Clock clock, Outbox outbox) {
        this.conversations = conversations;
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
    }

    public record Resolution(String category, String problem, String settlement, UUID compensationOfferId) {
    }

    /** Records how a complaint was settled; once per conversation. */
    @Transactional
    public ComplaintCase resolve(UUID conversationId, Set<String> brands, String user, Resolution r) {
        Conversation c = conversations.getForUpdate(conversationId, brands);
        if (r.compensationOfferId() != null) {
            CompensationOffer offer = CompensationOffer.findById(r.compensationOfferId());
            if (offer == null || !offer.conversationId.equals(conversationId)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "compensationOfferId: "
                        + r.compensationOfferId() + " is not an offer on this conversation", List.of(
                        new Problem.FieldError("compensationOfferId", "is not an offer on conversation "
                                + conversationId)));
            }
        }
        if (ComplaintCase.count("conversationId", conversationId) > 0) {
            throw ProblemException.conflict("the complaint of conversation " + conversationId
                    + " is already in the library");
        }
        ComplaintCase k = new ComplaintCase();
        k.id = UUID.randomUUID();
        k.brand = c.brand;
        k.conversationId = c.id;
        k.category = r.category().strip();
        k.problem = r.problem().strip();
        k.settlement = r.settlement().strip();
        k.compensationOfferId = r.compensationOfferId();
        k.language = c.language;
        k.resolvedBy = user;
        k.resolvedAt = clock.instant();
        List<String> terms = new ArrayList<>(Terms.of(k.category + "\n" + k.problem + "\n" + k.settlement,
                c.language));
        terms.addAll(Terms.of(customerText(c.id), c.language));
        k.terms = terms.toArray(String[]::new);
        k.persist();
        outbox.add(c.id.toString(), Event.of(StableIds.of("complaint-settled", c.id.toString()), "inbox-service",
                c.brand, c.id.toString(), k.resolvedAt, k.resolvedAt, new ComplaintSettled(k.id, c.id, k.category,
                        k.compensationOfferId, user, k.resolvedAt)));
        return k;
    }

    @Transactional
    public Optional<ComplaintCase> ofConversation(UUID conversationId, Set<String> brands) {
        conversations.get(conversationId, brands);
        return ComplaintCase.find("conversationId", conversationId).firstResultOptional();
    }

    @Transactional
    public ComplaintCase get(String brand, UUID id) {
        ComplaintCase k = ComplaintCase.findById(id);
        if (k == null || !k.brand.equals(brand)) {
            throw ProblemException.notFound("complaint case " + id + " does not exist in brand " + brand);
        }
        return k;
    }

    /** Newest first, optionally of one category. */
    @Transactional
    public List<ComplaintCase> latest(String brand, Optional<String> category, int limit) {
        return category.isPresent()
                ? ComplaintCase.find("brand = ?1 and lower(category) = lower(?2)", Sort.by("resolvedAt",
                        Sort.Direction.Descending).and("id"), brand, category.get()).page(0, limit).list()
                : ComplaintCase.find("brand", Sort.by("resolvedAt", Sort.Direction.Descending).and("id"), brand)
                        .page(0, limit).list();
    }

    /** The library's cases ranked by how much they are like a free-text query. */
    @Transactional
    public List<ComplaintViews.Match> search(String brand, String query, String language, Optional<String> category,
            int limit) {
        return rank(brand, query, language, category, Optional.empty(), limit);
    }

    /** Past cases most like a conversation's complaint (its own case excluded). */
    @Transactional
    public List<ComplaintViews.Match> similar(UUID conversationId, Set<String> brands, int limit) {
        Conversation c = conversations.get(conversationId, brands);
        return rank(c.brand, customerText(c.id), c.language, Optional.empty(), Optional.of(c.id), limit);
    }

    private List<ComplaintViews.Match> rank(String brand, String text, String language, Optional<String> category,
            Optional<UUID> excludeConversation, int limit) {
        Map<String, String> words = Terms.withWords(text, language);
        List<String> query = Terms.of(text, language);
        if (query.isEmpty()) {
            return List.of();
        }
        String queryTerms = String.join(" ", words.keySet());
        @SuppressWarnings("unchecked")
        List<ComplaintCase> candidates = em.createNativeQuery("""
                SELECT * FROM complaint_case
                WHERE brand = :brand AND terms && string_to_array(:terms, ' ')
                  AND (:category = '' OR lower(category) = lower(:category))
                  AND (:exclude = '' OR conversation_id::text <> :exclude)
                ORDER BY cardinality(ARRAY(SELECT unnest(terms) INTERSECT SELECT unnest(string_to_array(:terms, ' '))))
                  DESC, resolved_at DESC
                LIMIT :candidates""", ComplaintCase.class)
                .setParameter("brand", brand).setParameter("terms", queryTerms)
                .setParameter("category", category.orElse(""))
                .setParameter("exclude", excludeConversation.map(UUID::toString).orElse(""))
                .setParameter("candidates", CANDIDATES).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        long documents = ComplaintCase.count("brand", brand);
        Map<String, Integer> df = documentFrequencies(brand, candidates, query);
        TfIdf tfIdf = new TfIdf(documents, t -> df.getOrDefault(t, 0));
        return candidates.stream().map(k -> {
            TfIdf.Similarity s = tfIdf.similarity(query, List.of(k.terms));
            return new ComplaintViews.Match(ComplaintViews.of(k), Math.round(s.score() * 10000) / 10000.0,
                    s.shared().stream().map(t -> words.getOrDefault(t, t)).toList());
        }).filter(m -> m.score() > 0)
                .sorted(Comparator.comparingDouble(ComplaintViews.Match::score).reversed()
                        .thenComparing(m -> m.complaintCase().resolvedAt(), Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    /** In how many of the brand's cases each term of the query and of the candidates occurs. */
    private Map<String, Integer> documentFrequencies(String brand, List<ComplaintCase> candidates, List<String> query) {
        java.util.Set<String> all = new java.util.HashSet<>(query);
        candidates.forEach(k -> all.addAll(List.of(k.terms)));
        Map<String, Integer> df = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t, count(DISTINCT c.id) FROM complaint_case c, unnest(c.terms) t
                WHERE c.brand = :brand AND c.terms && string_to_array(:terms, ' ') AND t = ANY(string_to_array(:terms, ' '))
                GROUP BY t""").setParameter("brand", brand).setParameter("terms", String.join(" ", all))
                .getResultList();
        rows.forEach(r -> df.put((String) r[0], ((Number) r[1]).intValue()));
        return df;
    }

    /** What the customer wrote in the conversation, oldest first, bounded. */
    private String customerText(UUID conversationId) {
        List<Interaction> said = Interaction.find("conversationId", Sort.by("observedAt").and("id"), conversationId)
                .page(0, CUSTOMER_MESSAGES).list();
        StringBuilder text = new StringBuilder();
        said.forEach(i -> text.append(i.text).append('\n'));
        return text.toString();
    }
}
