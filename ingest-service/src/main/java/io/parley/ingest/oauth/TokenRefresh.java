package io.parley.ingest.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelRow;
import io.parley.ingest.channels.ChannelService;
import io.parley.ingest.health.ChannelHealth;
import io.parley.ingest.health.ChannelSignal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refreshes the stored tokens of the networks that issue refresh tokens (X with {@code offline.access}, TikTok,
 * LinkedIn) before they expire: every {@code parley.ingest.oauth.refresh-every}, each token expiring within
 * {@code parley.ingest.oauth.refresh-ahead} is exchanged at the network's token endpoint
 * ({@code grant_type=refresh_token}, the client authenticated as for the connect flow); the new access token (and the
 * new refresh token, where the network rotates it) replace the old ones, encrypted, and the channel's
 * {@code settings.tokenExpiresAt} moves on. A refresh token the network refuses turns the account's health to
 * {@code token_revoked} (a {@link ChannelSignal} TOKEN_REFUSED: the banner and the notifications follow) and is not
 * tried again until the account is connected again; a network that cannot be reached is tried at the next round.
 * One replica refreshes an account at a time (its {@code channel_token} row locked, {@code SKIP LOCKED}).
 */
@ApplicationScoped
public class TokenRefresh implements ChannelHealth.Renewal {

    private static final Logger LOG = Logger.getLogger(TokenRefresh.class);
    /** The networks whose tokens come with a refresh token. */
    public static final Set<String> REFRESHING = Set.of("x", "tiktok", "linkedin");
    static final String BY = "oauth-refresh";

    /** What one refresh came to. */
    public enum Outcome { REFRESHED, REFUSED, UNREACHABLE, NOTHING_TO_REFRESH }

    @Inject
    OAuthConnect connect;
    @Inject
    ChannelTokens tokens;
    @Inject
    ChannelService channels;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<ChannelSignal> signals;

    @Inject
    OAuthConfig config;

    @Scheduled(every = "${parley.ingest.oauth.refresh-every:60s}", delayed = "${parley.ingest.oauth.refresh-first-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        refreshDue(clock.instant());
    }

    /** Refreshes every refreshable token expiring before {@code now + refresh-ahead}; returns how many were refreshed. */
    public int refreshDue(Instant now) {
        Duration ahead = config.refreshAhead();
        List<?> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT platform, account_id FROM channel_token
                WHERE expires_at IS NOT NULL AND expires_at < :horizon AND refresh_refused_at IS NULL
                  AND platform IN ('x', 'tiktok', 'linkedin') ORDER BY expires_at LIMIT 100""")
                .setParameter("horizon", now.plus(ahead)).getResultList());
        int refreshed = 0;
        for (Object r : due) {
            Object[] row = (Object[]) r;
            if (refresh((String) row[0], (String) row[1], now.plus(ahead)) == Outcome.REFRESHED) {
                refreshed++;
            }
        }
        return refreshed;
    }

    /**
     * The network refused the account's token (HTTP 401): refreshed once, when it has a refresh token, before the
     * token is declared revoked. True: a new token is stored, the refusal is not the account's problem any more.
     */
    @Override
    public boolean renewAfterRefusal(Platform platform, String accountId) {
        return REFRESHING.contains(platform.id())
                && refresh(platform.id(), accountId, Instant.MAX) == Outcome.REFRESHED;
    }

    /**
     * The refresh window when the account's token renews itself: a network that issues refresh tokens, one stored and
     * not refused. Null otherwise.
     */
    @Override
    public Duration renewsAhead(Platform platform, String accountId) {
        if (!REFRESHING.contains(platform.id()) || connect.network(platform.id()).isEmpty()) {
            return null;
        }
        List<?> renewing = em.createNativeQuery("""
                SELECT 1 FROM channel_token WHERE platform = :platform AND account_id = :account
                  AND refresh_token IS NOT NULL AND refresh_refused_at IS NULL""")
                .setParameter("platform", platform.id()).setParameter("account", accountId).getResultList();
        return renewing.isEmpty() ? null : config.refreshAhead();
    }

    /**
     * Refreshes one account's token when it still expires before {@code horizon} (so two replicas, or a round and a
     * 401, refresh it once), under its row lock.
     */
    public Outcome refresh(String platform, String accountId, Instant horizon) {
        Optional<OAuthConfig.Network> network = connect.network(platform);
        if (network.isEmpty() || !REFRESHING.contains(platform)) {
            return Outcome.NOTHING_TO_REFRESH;
        }
        Object[] result = QuarkusTransaction.requiringNew().call(() -> {
            List<?> locked = em.createNativeQuery("""
                    SELECT expires_at FROM channel_token WHERE platform = :platform AND account_id = :account
                      AND refresh_refused_at IS NULL AND (expires_at IS NULL OR expires_at < :horizon)
                    FOR UPDATE SKIP LOCKED""").setParameter("platform", platform).setParameter("account", accountId)
                    .setParameter("horizon", horizon == Instant.MAX ? Instant.parse("9999-01-01T00:00:00Z") : horizon)
                    .getResultList();
            if (locked.isEmpty()) {
                return new Object[] {Outcome.NOTHING_TO_REFRESH, null};
            }
            Optional<String> refreshToken = tokens.refreshToken(platform, accountId);
            if (refreshToken.isEmpty()) {
                return new Object[] {Outcome.NOTHING_TO_REFRESH, null};
            }
            Map<String, String> grant = new LinkedHashMap<>();
            grant.put("grant_type", "refresh_token");
            grant.put("refresh_token", refreshToken.get());
            JsonNode answer;
            try {
                answer = connect.token(network.get(), grant);
            } catch (OAuthConnect.Failed failed) {
                if (failed.transientFailure()) {
                    LOG.warnf("%s account %s: token refresh to try again: %s", platform, accountId,
                            failed.getMessage());
                    return new Object[] {Outcome.UNREACHABLE, failed.getMessage()};
                }
                tokens.refreshRefused(platform, accountId);
                return new Object[] {Outcome.REFUSED, failed.getMessage()};
            }
            JsonNode data = answer.hasNonNull("access_token") ? answer : answer.path("data"); // TikTok v2: flat
            String access = data.path("access_token").asText("");
            if (access.isEmpty()) {
                tokens.refreshRefused(platform, accountId);
                return new Object[] {Outcome.REFUSED, "the token endpoint gave no access_token"};
            }
            long expiresIn = data.path("expires_in").asLong(0);
            Instant expiresAt = expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
            String rotated = data.path("refresh_token").asText("");
            tokens.refreshed(platform, accountId, access, rotated.isEmpty() ? refreshToken.get() : rotated, expiresAt);
            ChannelRow channel = ChannelRow.<ChannelRow>find("platform = ?1 and accountId = ?2", platform, accountId)
                    .firstResult();
            if (channel != null) {
                Map<String, String> settings = new LinkedHashMap<>(channel.settings);
                if (expiresAt != null) {
                    settings.put(ChannelHealth.TOKEN_EXPIRES_AT, expiresAt.toString());
                } else {
                    settings.remove(ChannelHealth.TOKEN_EXPIRES_AT);
                }
                channels.change(channel, new ChannelService.Draft(null, null, null, channel.name, channel.mode,
                        channel.enabled, settings, new LinkedHashMap<>(channel.secretRefs)), BY);
            }
            return new Object[] {Outcome.REFRESHED, null};
        });
        Outcome outcome = (Outcome) result[0];
        if (outcome == Outcome.REFUSED) {
            LOG.warnf("%s account %s: the network refused its refresh token: %s", platform, accountId, result[1]);
            signals.fire(ChannelSignal.of(Platform.fromId(platform), accountId, ChannelSignal.Kind.TOKEN_REFUSED,
                    "the refresh token was refused; connect the account again (" + result[1] + ")"));
        } else if (outcome == Outcome.REFRESHED) {
            LOG.infof("%s account %s: token refreshed", platform, accountId);
        }
        return outcome;
    }
}
