package io.parley.ingest.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/** How outbound actions reach the platforms of live channel accounts. */
@ConfigMapping(prefix = "parley.ingest.outbound")
public interface OutboundConfig {

    /**
     * API roots by platform id ({@code facebook}, {@code instagram}, {@code x}, {@code telegram},
     * {@code vk}, {@code youtube}, {@code linkedin}) replacing the real ones for live delivery — a proxy,
     * or the tests' fake platform. The sandbox always records the real address.
     */
    @WithName("base-url")
    Map<String, String> baseUrl();

    /** VK API version sent as {@code v}. */
    @WithDefault("5.199")
    String vkVersion();

    /** LinkedIn API version ({@code YYYYMM}) sent as {@code LinkedIn-Version}; LinkedIn supports each for at least a year (202607 is July 2026). */
    @WithDefault("202607")
    String linkedinVersion();

    Retry retry();

    interface Retry {
        /** Requests per action at most, the first included. */
        @WithDefault("4")
        int maxAttempts();

        /** The first back-off when the platform does not say how long to wait; doubled each time. */
        @WithDefault("1s")
        Duration firstBackoff();

        /**
         * The longest wait between attempts. A platform asking for longer (an hour's rate-limit window) fails
         * the action with its reason at once rather than holding the consumer.
         */
        @WithDefault("30s")
        Duration maxWait();

        /** Connecting to a platform. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Waiting for a platform's answer once the request is sent. */
        @WithDefault("15s")
        Duration requestTimeout();
    }

    /** How often actions left in flight by a stopped gateway are looked for. */
    @WithDefault("60s")
    Duration recoveryInterval();

    /** How often delayed actions that fell due, and unknown outcomes to reconcile, are looked for. */
    @WithDefault("2s")
    Duration tick();

    /**
     * How long after a request of unknown outcome the account's recent posts are read: the time a platform may take
     * to show a new post in its lists. Not found then, the action is sent once more (never a third time).
     */
    @WithDefault("30s")
    Duration visibilityDelay();

    /** Reads of the recent posts that may fail (the platform away) before an unknown outcome is given up as failed. */
    @WithDefault("5")
    int reconcileReads();

    /** How long a rate-limited action waits when the platform does not say (no Retry-After or reset header). */
    @WithDefault("60s")
    Duration rateLimitPause();

    /**
     * Graph API {@code X-App-Usage}: at this percentage of any of the app's limits, the app's actions pause for
     * {@link #rateLimitPause()} before Meta starts refusing them.
     */
    @WithDefault("95")
    int appUsageCeiling();
}
