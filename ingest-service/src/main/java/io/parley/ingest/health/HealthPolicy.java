package io.parley.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a channel account's health from what is known about it — pure, so it is tested without Quarkus.
 *
 * <p>The usual gap is the median of the account's recent gaps between events (robust to a burst or one long
 * pause), never below a floor. Silence is judged only once enough gaps are known, after {@code silenceFactor} times
 * the usual gap and at least {@code minSilence}; once declared it lasts until a new event arrives, so a replica whose
 * clock or scan lags cannot take it back.
 */
public final class HealthPolicy {

    /** What the gateway knows about an account. */
    public record Facts(ChannelSignal.Kind problem, String problemReason, Instant problemSince, Instant problemUntil,
            int pollFailures, Instant lastEventAt, List<Long> recentGaps, Instant silentSince,
            Instant silentLastEvent, Instant tokenExpiresAt, Duration tokenRenewsAhead) {
    }

    /** The account's state, since when, why, and until when (rate limit, token expiry). */
    public record Verdict(HealthState state, Instant since, String reason, Instant until) {
    }

    private final HealthConfig config;

    public HealthPolicy(HealthConfig config) {
        this.config = config;
    }

    /** The median of the recent gaps in seconds, never below the floor; null while fewer than the minimum are known. */
    public Long usualGapSeconds(List<Long> gaps) {
        if (gaps == null || gaps.size() < config.minGapSamples()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(gaps);
        sorted.sort(null);
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.max(median, config.gapFloor().toSeconds());
    }

    /** The gaps after one more event at {@code at}, keeping the most recent {@code gapSamples}. */
    public List<Long> withArrival(List<Long> gaps, Instant lastEventAt, Instant at) {
        List<Long> out = new ArrayList<>(gaps == null ? List.of() : gaps);
        if (lastEventAt != null && at.isAfter(lastEventAt)) {
            out.add(Duration.between(lastEventAt, at).toSeconds());
        }
        while (out.size() > config.gapSamples()) {
            out.remove(0);
        }
        return out;
    }

    /** How long without an event makes the account silent, or null while its usual gap is unknown. */
    public Duration silenceAfter(List<Long> gaps) {
        Long usual = usualGapSeconds(gaps);
        if (usual == null) {
            return null;
        }
        Duration byPace = Duration.ofSeconds(usual).multipliedBy(config.silenceFactor());
        return byPace.compareTo(config.minSilence()) > 0 ? byPace : config.minSilence();
    }

    /** Whether the account has gone silent by {@code now} (the caller records it, see {@link Facts#silentSince}). */
    public boolean silentAt(Facts f, Instant now) {
        if (f.silentSince() != null && sameEvent(f.silentLastEvent(), f.lastEventAt())) {
            return true;
        }
        Duration after = silenceAfter(f.recentGaps());
        return after != null && f.lastEventAt() != null && !now.isBefore(f.lastEventAt().plus(after));
    }

    public Verdict evaluate(Facts f, Instant now) {
        if (f.tokenExpiresAt() != null && !now.isBefore(f.tokenExpiresAt())) {
            return new Verdict(HealthState.TOKEN_REVOKED, f.tokenExpiresAt(), "the token expired at "
                    + f.tokenExpiresAt() + " (settings.tokenExpiresAt)", null);
        }
        if (f.problem() == ChannelSignal.Kind.TOKEN_REFUSED) {
            return new Verdict(HealthState.TOKEN_REVOKED, f.problemSince(), f.problemReason(), null);
        }
        if (f.problem() == ChannelSignal.Kind.PERMISSION_MISSING) {
            return new Verdict(HealthState.MISSING_PERMISSION, f.problemSince(), f.problemReason(), null);
        }
        if (f.problem() == ChannelSignal.Kind.RATE_LIMITED && (f.problemUntil() == null
                || now.isBefore(f.problemUntil()))) {
            return new Verdict(HealthState.RATE_LIMITED, f.problemSince(), f.problemReason(), f.problemUntil());
        }
        if (f.problem() == ChannelSignal.Kind.POLL_FAILED && f.pollFailures() >= config.pollFailures()) {
            return new Verdict(HealthState.POLL_ERRORS, f.problemSince(), f.pollFailures() + " polls in a row failed; "
                    + "the last: " + f.problemReason(), null);
        }
        if (silentAt(f, now)) {
            Instant since = f.silentSince() != null ? f.silentSince()
                    : f.lastEventAt().plus(silenceAfter(f.recentGaps()));
            Long usual = usualGapSeconds(f.recentGaps());
            return new Verdict(HealthState.SILENT, since, "no event since " + f.lastEventAt()
                    + (usual != null ? "; usually one every " + usual + " s" : ""), null);
        }
        if (f.tokenExpiresAt() != null && now.plus(expiryWarning(f)).isAfter(f.tokenExpiresAt())) {
            return new Verdict(HealthState.TOKEN_EXPIRING, now, "the token expires at " + f.tokenExpiresAt()
                    + (f.tokenRenewsAhead() != null ? " and its renewal has not succeeded yet" : ""),
                    f.tokenExpiresAt());
        }
        return new Verdict(HealthState.HEALTHY, now, null, null);
    }

    /**
     * How long before the token's expiry the account shows it: {@code expiryWarning} for a token a person renews; for
     * one renewed by itself (refreshed from {@code tokenRenewsAhead} before it expires), only once half of that
     * window has passed without a renewal — an X token lives two hours and is renewed every time, which is no news.
     */
    private Duration expiryWarning(Facts f) {
        return f.tokenRenewsAhead() == null ? config.expiryWarning() : f.tokenRenewsAhead().dividedBy(2);
    }

    private static boolean sameEvent(Instant a, Instant b) {
        return a == null ? b == null : a.equals(b);
    }
}
