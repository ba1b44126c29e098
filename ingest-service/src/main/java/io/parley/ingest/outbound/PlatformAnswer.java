package io.parley.ingest.outbound;

import java.time.Duration;

/** How a platform's answer to one attempt is read: done, try again (when), or refused for good. */
public sealed interface PlatformAnswer {

    /** The platform performed the action; {@code objectId} is what it created or acted on. */
    record Done(String objectId) implements PlatformAnswer {
    }

    /**
     * Not now: rate limited or a passing failure. {@code after} is the wait the platform asked for, or
     * null to back off by the gateway's own schedule.
     */
    record Retry(Duration after, String reason) implements PlatformAnswer {
    }

    /** Refused for good (bad token, object gone, not allowed): sending again would not help. */
    record Refused(String reason) implements PlatformAnswer {
    }
}
