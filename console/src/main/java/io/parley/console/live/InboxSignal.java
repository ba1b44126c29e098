package io.parley.console.live;

import java.time.Instant;
import java.util.UUID;

/**
 * What an open inbox page is told: a conversation of one of the user's brands was opened or answered, or — to the
 * agent who asked only — an approver decided their compensation request. The page then reloads through the relay,
 * so it shows only what the inbox lets it see. {@code user} is null for news of the whole brand; the fields of a
 * decision are null on the other kinds.
 */
public record InboxSignal(String kind, String brand, UUID conversationId, String platform, Instant at,
        String user, UUID offerId, String decision, String decidedBy, String comment, Long amountMinor,
        String currency) {

    public static final String OPENED = "opened";
    public static final String ANSWERED = "answered";
    public static final String COMPENSATION_DECIDED = "compensation_decided";
    public static final String HEARTBEAT = "heartbeat";
    /** A notification for {@code user} (their notification centre has something new). */
    public static final String NOTIFICATION = "notification";

    /** News of a conversation, for everyone of its brand. */
    static InboxSignal ofConversation(String kind, String brand, UUID conversationId, String platform, Instant at) {
        return new InboxSignal(kind, brand, conversationId, platform, at, null, null, null, null, null, null, null);
    }

    static InboxSignal heartbeat() {
        return new InboxSignal(HEARTBEAT, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** True when this signal is for the given user: news of a brand is for everyone, a decision for its asker. */
    boolean isFor(String userName) {
        return user == null || user.equals(userName);
    }
}
