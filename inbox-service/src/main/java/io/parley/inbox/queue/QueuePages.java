package io.parley.inbox.queue;

import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.stories.StoryLinks;
import io.parley.inbox.stories.StoryRef;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A page of conversation summaries, one way for every listing of conversations (the queue, an incident's
 * conversations): the order's cursor, a page one longer than asked to know whether another follows, the stories the
 * rows are under, and the listing's total on the first page only.
 */
@ApplicationScoped
public class QueuePages {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    ConversationQueue conversations;

    @Inject
    StoryLinks stories;

    @Inject
    InboxConfig config;

    @Inject
    Clock clock;

    /** The page after {@code cursor} (null: the first) of the listing; a bad limit or cursor is a 400 naming it. */
    public ConversationViews.Page page(Set<String> brands, ConversationFilter filter, QueueOrder order, String cursor,
            int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Optional<QueueCursor> after = Optional.ofNullable(cursor).map(c -> QueueCursor.decode(c, order));
        List<Conversation> page = conversations.queue(brands, filter, order, after, limit + 1);
        Instant now = clock.instant();
        List<Conversation> shown = page.stream().limit(limit).toList();
        Map<UUID, StoryRef> storyOf = stories.of(shown);
        List<ConversationViews.Summary> items = shown.stream()
                .map(c -> ConversationViews.summary(c, now, storyOf.get(c.id))).toList();
        String next = page.size() > limit ? QueueCursor.after(order, page.get(limit - 1)).encode() : null;
        // The total on the first page only: a refresh reads from the start, deeper pages need no count.
        ConversationQueue.Total total = after.isEmpty()
                ? conversations.total(brands, filter, config.exactCountUpTo()) : null;
        return new ConversationViews.Page(items, next, order.id(), total == null ? null : total.count(),
                total == null ? null : total.estimate());
    }
}
