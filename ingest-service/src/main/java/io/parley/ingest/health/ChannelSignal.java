package io.parley.ingest.health;

import io.parley.contracts.Platform;

import java.time.Instant;

/**
 * What a call to a platform for one account showed, as the code that made it already classified it (outbound
 * sends, polls, insights readings): fired as a CDI event, taken in by {@link ChannelHealth}.
 *
 * @param until for a rate limit, when the platform lets the account call again (null: unknown)
 */
public record ChannelSignal(Platform platform, String accountId, Kind kind, String reason, Instant until) {

    public enum Kind {
        /** A call went through: whatever was wrong with the account's calls is over. */
        SUCCEEDED,
        TOKEN_REFUSED,
        PERMISSION_MISSING,
        RATE_LIMITED,
        /** A poll or reading failed for another reason (the source answered an error, could not be reached). */
        POLL_FAILED
    }

    public static ChannelSignal succeeded(Platform platform, String accountId) {
        return new ChannelSignal(platform, accountId, Kind.SUCCEEDED, null, null);
    }

    public static ChannelSignal of(Platform platform, String accountId, Kind kind, String reason) {
        return new ChannelSignal(platform, accountId, kind, reason, null);
    }
}
