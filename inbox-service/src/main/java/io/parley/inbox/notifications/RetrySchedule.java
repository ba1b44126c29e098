package io.parley.inbox.notifications;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a webhook delivery that failed is tried again: exponential back-off (the first wait, doubled each time, at
 * most the longest) with full jitter on its upper half — so that receivers coming back from an outage are not hit by
 * every sender in the same second — and nothing more once the attempts are spent. Only a failure worth retrying
 * counts: no answer in time, a connection refused, a 5xx, 408 or 429; any other answer is final.
 */
public record RetrySchedule(int maxAttempts, Duration first, Duration longest) {

    /** Whether an attempt that ended so (HTTP status, or null for no answer) is worth another one. */
    public static boolean retryable(Integer status) {
        return status == null || status >= 500 || status == 408 || status == 429;
    }

    /** The wait after the {@code attempts}-th failed attempt; empty when that was the last one allowed. */
    public Optional<Duration> after(int attempts, DoubleSupplier random) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        long base = first.toMillis() << Math.min(attempts - 1, 30);
        long capped = Math.min(Math.max(base, first.toMillis()), longest.toMillis());
        long jittered = capped / 2 + Math.round(random.getAsDouble() * (capped - capped / 2));
        return Optional.of(Duration.ofMillis(jittered));
    }
}
