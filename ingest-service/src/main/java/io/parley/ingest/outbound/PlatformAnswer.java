package io.parley.ingest.outbound;

import io.parley.contracts.deliveries.FailureKind;

import java.time.Duration;
import java.util.Map;

/**
 * How a platform's answer to one request is read: done, rate limited (wait and try again), a passing
 * failure, the token refused (the channel needs reconnecting), or refused for good.
 */
public sealed interface PlatformAnswer {

    /**
     * The platform performed the request; {@code objectId} is what it created or acted on, {@code permalink} its
     * public address when the answer tells it, {@code values} what a following step of the same action needs (an
     * upload address, a container id).
     */
    record Done(String objectId, String permalink, Map<String, String> values) implements PlatformAnswer {
        public Done {
            values = values == null ? Map.of() : Map.copyOf(values);
        }

        public Done(String objectId) {
            this(objectId, null, Map.of());
        }

        public String value(String name) {
            return values.get(name);
        }
    }

    /**
     * A passing failure (5xx, 408, a platform's "try again"). {@code after} is the wait the platform asked for, or
     * null to back off by the gateway's own schedule.
     */
    record Retry(Duration after, String reason) implements PlatformAnswer {
    }

    /**
     * The platform's rate limit: not before {@code after} (null: the gateway's default pause). {@code appWide}: the
     * limit is the application's (every account of the platform waits), else the account's.
     */
    record RateLimited(Duration after, String reason, boolean appWide) implements PlatformAnswer {
    }

    /** The platform no longer accepts the channel's token (Graph error 190, HTTP 401, VK error 5). */
    record Unauthorized(String reason) implements PlatformAnswer {
    }

    /**
     * Refused for good (content refused, object gone, not allowed): sending again would not help.
     * {@code permissionMissing}: the platform said the token lacks a permission (Graph 10, 200–299; X 403
     * client-forbidden, 453), which the channel's health shows.
     */
    record Refused(String reason, FailureKind kind, boolean permissionMissing) implements PlatformAnswer {
        public Refused(String reason) {
            this(reason, FailureKind.CONTENT_REFUSED, false);
        }

        public Refused(String reason, FailureKind kind) {
            this(reason, kind, false);
        }

        public static Refused permission(String reason) {
            return new Refused(reason, FailureKind.CONTENT_REFUSED, true);
        }
    }

    /** No answer came to a request that may have been performed (the gateway's reading, never a platform's). */
    record Lost(String reason) implements PlatformAnswer {
    }
}
