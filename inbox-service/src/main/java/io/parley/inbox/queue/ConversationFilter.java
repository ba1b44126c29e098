package io.parley.inbox.queue;

import io.parley.contracts.Platform;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationStatus;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the conversation listing is narrowed to; every part optional. {@code search} is a PostgreSQL
 * {@code tsquery} already built from the user's words ({@code search.SearchText#tsquery}). {@code abusive} and
 * {@code spam} are the conversation's enrichment flags ({@link Conversation#noteFlags}).
 */
public record ConversationFilter(Set<ConversationStatus> statuses, Optional<Platform> platform,
        Optional<String> channelAccountId, Optional<String> moment, Optional<String> language,
        Optional<String> sentiment, Optional<String> assignee, Optional<String> team, Optional<Duration> dueWithin,
        Optional<Boolean> breached, Optional<String> search, Optional<UUID> incident, Optional<UUID> story,
        Optional<Boolean> abusive, Optional<Boolean> spam) {

    /** Only these statuses (any, when empty). */
    public static ConversationFilter statuses(Set<ConversationStatus> statuses) {
        return new ConversationFilter(statuses, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
