package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small in-memory limiter: at most {@code limit} requests per key in each fixed window (e.g. per public link
 * and per client address). Beyond it, 429 until the window ends. Per process: with several replicas each
 * allows the limit — enough to stop a script guessing or hammering a public endpoint, not a billing meter.
 * Old windows are dropped as new ones start, so memory stays bounded by the keys seen in one window.
 */
public final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();
    private volatile long currentWindow = -1;

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limiter needs a limit of at least 1 and a positive window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** True (and counted) when the key may make one more request in this window. */
    public boolean tryAcquire(String key) {
        long window = clock.millis() / windowMillis;
        if (window != currentWindow) {
            synchronized (this) {
                if (window != currentWindow) {
                    counts.clear();
                    currentWindow = window;
                }
            }
        }
        long[] count = counts.computeIfAbsent(key, k -> new long[1]);
        synchronized (count) {
            if (count[0] >= limit) {
                return false;
            }
            count[0]++;
            return true;
        }
    }

    /** Counts one request for the key, or ends the request with 429 naming what was limited. */
    public void acquire(String key, String what) {
        if (!tryAcquire(key)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "too many requests for " + what
                    + "; at most " + limit + " per " + Duration.ofMillis(windowMillis).toSeconds()
                    + " seconds — retry later");
        }
    }
}
