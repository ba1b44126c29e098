package io.parley.ingest.oauth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The picking after "Connect with Facebook/Instagram": Facebook Login gives a <em>user</em> token, and the person picks
 * which of the Pages (or Instagram business accounts) they manage become channel accounts, each with the Page's own
 * token. While they pick, the user token is kept in {@code oauth_picking}, encrypted like the channel tokens
 * ({@link ChannelTokens}, additional data {@code picking:<network>/<id>}), bound to the user and brand that started the
 * flow and only until the state's time-to-live runs out. The console holds a handle
 * {@code <id>.<network>.<expiry epoch s>.<HMAC-SHA256>} signed like the OAuth state ({@link OAuthStates}). Confirming
 * wipes the token; so does {@link #wipeExpired()} for pickings nobody finished.
 */
@ApplicationScoped
public class OAuthPickings {

    /** A picking in progress, with the user token (never returned by an API). */
    public record Open(UUID id, UUID stateId, String network, String brand, String user, Instant expiresAt,
            String userToken) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final OAuthConfig config;
    private final OAuthStates states;
    private final ChannelTokens tokens;

    @Inject
    public OAuthPickings(EntityManager em, Clock clock, OAuthConfig config, OAuthStates states, ChannelTokens tokens) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.states = states;
        this.tokens = tokens;
    }

    /** Keeps the user token for the picking and returns the handle the console shows the picker with. */
    public String open(OAuthStates.Pending pending, String userToken) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(config.stateTtl());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO oauth_picking (id, state_id, network, brand, user_name, user_token, created_at, expires_at)
                VALUES (:id, :state, :network, :brand, :user, :token, :now, :expires)""")
                .setParameter("id", id).setParameter("state", pending.id()).setParameter("network", pending.network())
                .setParameter("brand", pending.brand()).setParameter("user", pending.user())
                .setParameter("token", tokens.encrypt(userToken, "picking:" + pending.network(), id.toString()))
                .setParameter("now", now).setParameter("expires", expires).executeUpdate());
        String head = id + "." + pending.network() + "." + expires.getEpochSecond();
        return head + "." + sign(head, pending.brand(), pending.user());
    }

    /**
     * The picking behind a handle, for the user who started it; refused ({@link OAuthStates.Refused}, code
     * {@code invalid_picking} or {@code expired}) when forged, tampered with, another user's, finished or expired.
     */
    public Open find(String handle, String user) throws OAuthStates.Refused {
        if (handle == null || handle.isBlank()) {
            throw new OAuthStates.Refused("invalid_picking", "picking is missing");
        }
        String[] parts = handle.split("\\.");
        if (parts.length != 4) {
            throw new OAuthStates.Refused("invalid_picking", "picking is not one this service started");
        }
        UUID id;
        long expiry;
        try {
            id = UUID.fromString(parts[0]);
            expiry = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new OAuthStates.Refused("invalid_picking", "picking is not one this service started");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT state_id, network, brand, user_name, user_token, expires_at FROM oauth_picking WHERE id = :id")
                .setParameter("id", id).getResultList());
        String head = parts[0] + "." + parts[1] + "." + parts[2];
        if (rows.isEmpty() || !MessageDigest.isEqual(sign(head, (String) rows.get(0)[2], (String) rows.get(0)[3])
                .getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))
                || !parts[1].equals(rows.get(0)[1])) {
            throw new OAuthStates.Refused("invalid_picking", "picking is not one this service started (signature)");
        }
        Object[] r = rows.get(0);
        if (!user.equals(r[3])) {
            throw new OAuthStates.Refused("invalid_picking", "picking was started by another user");
        }
        if (clock.instant().getEpochSecond() > expiry || clock.instant().isAfter(toInstant(r[5]))) {
            throw new OAuthStates.Refused("expired", "picking expired; connect again");
        }
        if (r[4] == null) {
            throw new OAuthStates.Refused("invalid_picking", "picking was finished already");
        }
        String network = (String) r[1];
        return new Open(id, (UUID) r[0], network, (String) r[2], (String) r[3],
                Instant.ofEpochSecond(expiry), tokens.decrypt((byte[]) r[4], "picking:" + network, id.toString()));
    }

    /**
     * Ends the picking: the user token is wiped, the accounts connected are noted. False when another confirm
     * finished it first (the token is used once).
     */
    public boolean finish(UUID id, String picked) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE oauth_picking SET user_token = NULL, finished_at = :now, picked = :picked
                WHERE id = :id AND user_token IS NOT NULL""").setParameter("now", clock.instant())
                .setParameter("picked", picked).setParameter("id", id).executeUpdate()) == 1;
    }

    /** Wipes the user tokens of pickings nobody finished in time. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void wipeExpired() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE oauth_picking SET user_token = NULL, finished_at = :now, picked = 'expired'
                WHERE user_token IS NOT NULL AND expires_at < :now""").setParameter("now", clock.instant())
                .executeUpdate());
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : value instanceof java.sql.Timestamp t
                ? t.toInstant() : (Instant) value;
    }

    private String sign(String head, String brand, String user) {
        return states.sign("picking\n" + head, brand, user);
    }
}
