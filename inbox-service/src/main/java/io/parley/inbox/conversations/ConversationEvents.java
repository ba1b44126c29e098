package io.parley.inbox.conversations;

import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;

import java.time.Instant;

/**
 * What a conversation's lifecycle announces inside its transaction, as CDI events observed synchronously (as
 * {@code batch.BatchFlushed} is): the packages that keep a conversation's priority, due time, owner and search words
 * react to them, so that {@code conversations} calls none of them. Observers may change the conversation (it is
 * locked, or not stored yet); what they announce goes through the outbox in the same transaction.
 */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /** Observer order of {@link Opening}: the priority first, which picks the target… */
    public static final int PRIORITY = 100;
    /** …then the due time from that target… */
    public static final int CLOCK = 200;
    /** …then the owner, from the brand's rules and teams. */
    public static final int OWNER = 300;

    /**
     * A conversation is being opened by its first interaction, not stored yet: its fields from that interaction are
     * set; observers give it its priority ({@link #PRIORITY}), due time ({@link #CLOCK}) and owner ({@link #OWNER}),
     * in that order, before it is stored and {@code ConversationOpened} (which carries them) is written.
     */
    public record Opening(Conversation conversation, InteractionReceived first, Instant at) {
    }

    /**
     * The brand owes an answer again from {@code since}, the first response given (a customer wrote again, a reply
     * was delivered after the customer wrote meanwhile, a person reopened it): the follow-up clock starts.
     */
    public record AnswerOwed(Conversation conversation, Instant since) {
    }

    /** A customer wrote again in an existing conversation, with enrichment's signals (already noted on it). */
    public record CustomerWrote(Conversation conversation, InteractionSignals signals) {
    }
}
