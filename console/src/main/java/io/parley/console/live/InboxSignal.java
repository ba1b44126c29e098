package io.parley.console.live;

import java.time.Instant;
import java.util.UUID;

/**
 * What an open inbox page is told: a conversation of one of the user's brands was opened or answered.
 * The page then reloads its queue through the relay, so it shows only what the inbox lets it see.
 */
public record InboxSignal(String kind, String brand, UUID conversationId, String platform, Instant at) {

    public static final String OPENED = "opened";
    public static final String ANSWERED = "answered";
}
