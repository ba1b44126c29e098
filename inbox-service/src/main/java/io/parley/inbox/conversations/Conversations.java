package io.parley.inbox.conversations;

import io.parley.platform.rest.Keyset;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading conversations: one of the caller's brands (404 otherwise, also for another brand's), locked for a
 * writer, its interactions, its author's other conversations. The queue (listings, search) is {@code queue}'s.
 */
@ApplicationScoped
public class Conversations {

    /**
     * The listing of {@link #authorHistory}: (last_interaction_at, id) descending over the author's conversations
     * (found by indexes conversation_by_author and conversation_by_author_name).
     */
    static final Keyset<Conversation> AUTHOR_HISTORY = Keyset.<Conversation>descending("author-history")
            .instant("lastInteractionAt", c -> c.lastInteractionAt).uuid("id", c -> c.id);

    /**
     * The author's other conversations in the given brands: the same person on the same network (any channel
     * account), and conversations under the same name on other networks, newest first.
     */
    @Transactional
    public Page<Conversation> authorHistory(Conversation c, Set<String> brands, String cursor, int limit) {
        if (c.authorId == null && c.authorName == null) {
            AUTHOR_HISTORY.after(cursor);
            return new Page<>(List.of(), null);
        }
        return AUTHOR_HISTORY.page((q, p, rows) -> Conversation.<Conversation>find(q, p).range(0, rows - 1).list(),
                """
                brand in :brands and id <> :id and ((platform = :platform and authorId = :authorId)
                  or (platform <> :platform and lower(authorName) = lower(:authorName)))""",
                Map.of("brands", brands, "id", c.id, "platform", c.platform,
                        "authorId", c.authorId == null ? "" : c.authorId,
                        "authorName", c.authorName == null ? "" : c.authorName), cursor, limit);
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
