package io.parley.ingest.oauth;

import io.parley.platform.security.HmacSha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The {@code state} of a connect flow: {@code <id>.<network>.<expiry epoch s>.<HMAC-SHA256>} (base64url), signed with
 * {@code parley.ingest.oauth.state-key} over the id, network, brand, user and expiry. The brand, the user and the
 * PKCE verifier stay in {@code oauth_state}; the callback is accepted once ({@code used_at}), before the expiry, for
 * the network it was started for and from the user who started it. Every refusal is a {@link Refused} naming why.
 */
@ApplicationScoped
public class OAuthStates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A started flow, as the callback needs it. */
    public record Pending(UUID id, String network, String brand, String user, String codeVerifier) {
    }

    /** A state the callback must refuse; {@code code} is the connect error's code. */
    public static final class Refused extends Exception {
        public final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** A new state and its PKCE verifier (null without PKCE). */
    public record Started(String state, String codeVerifier) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final OAuthConfig config;

    @Inject
    public OAuthStates(EntityManager em, Clock clock, OAuthConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        if (config.stateKey().length() < 32) {
            throw new IllegalStateException("parley.ingest.oauth.state-key must have at least 32 characters");
        }
    }

    public Started start(String network, String brand, String user, boolean pkce) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(config.stateTtl());
        String verifier = pkce ? randomVerifier() : null;
        QuarkusTransaction.requiringNew().run(() -> {
            var insert = em.createNativeQuery("INSERT INTO oauth_state (id, network, brand, user_name, code_verifier, "
                    + "created_at, expires_at) VALUES (:id, :network, :brand, :user, "
                    + (verifier == null ? "NULL" : ":verifier") + ", :now, :expires)")
                    .setParameter("id", id).setParameter("network", network).setParameter("brand", brand)
                    .setParameter("user", user).setParameter("now", now).setParameter("expires", expires);
            if (verifier != null) {
                insert.setParameter("verifier", verifier);
            }
            insert.executeUpdate();
        });
        String head = id + "." + network + "." + expires.getEpochSecond();
        return new Started(head + "." + sign(head, brand, user), verifier);
    }

    /** Checks the state and uses it up: a second callback with it is refused. */
    public Pending consume(String state, String network, String user) throws Refused {
        if (state == null || state.isBlank()) {
            throw new Refused("invalid_state", "state is missing");
        }
        String[] parts = state.split("\\.");
        if (parts.length != 4) {
            throw new Refused("invalid_state", "state is not one this service issued");
        }
        UUID id;
        long expiry;
        try {
            id = UUID.fromString(parts[0]);
            expiry = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new Refused("invalid_state", "state is not one this service issued");
        }
        Instant now = clock.instant();
        Object outcome = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT network, brand, user_name, code_verifier, used_at "
                    + "FROM oauth_state WHERE id = :id FOR UPDATE").setParameter("id", id).getResultList();
            String head = parts[0] + "." + parts[1] + "." + parts[2];
            if (rows.isEmpty() || !HmacSha256.matches(sign(head, (String) rows.get(0)[1], (String) rows.get(0)[2]),
                    parts[3])) {
                return new Refused("invalid_state", "state is not one this service issued (signature)");
            }
            Object[] r = rows.get(0);
            if (r[4] != null) {
                return new Refused("invalid_state", "state was used already");
            }
            if (!parts[1].equals(network) || !network.equals(r[0])) {
                return new Refused("invalid_state", "state was issued for another network");
            }
            if (!user.equals(r[2])) {
                return new Refused("invalid_state", "state was issued to another user");
            }
            em.createNativeQuery("UPDATE oauth_state SET used_at = :now WHERE id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            if (now.getEpochSecond() > expiry) {
                return new Refused("expired", "state expired; start connecting again");
            }
            return new Pending(id, network, (String) r[1], (String) r[2], (String) r[3]);
        });
        if (outcome instanceof Refused refused) {
            throw refused;
        }
        return (Pending) outcome;
    }

    /** Writes how the flow ended on its row: the audit of connect flows (who, brand, network, when, outcome). */
    public void finish(UUID id, String outcome, String accountId, UUID channelId) {
        QuarkusTransaction.requiringNew().run(() -> {
            var update = em.createNativeQuery("UPDATE oauth_state SET outcome = :outcome, account_id = "
                    + (accountId == null ? "NULL" : ":account") + ", channel_id = "
                    + (channelId == null ? "NULL" : ":channel") + ", finished_at = :now WHERE id = :id")
                    .setParameter("outcome", outcome).setParameter("now", clock.instant()).setParameter("id", id);
            if (accountId != null) {
                update.setParameter("account", accountId);
            }
            if (channelId != null) {
                update.setParameter("channel", channelId);
            }
            update.executeUpdate();
        });
    }

    /** The HMAC of a state's (or a picking's) head, bound to the brand and user. */
    String sign(String head, String brand, String user) {
        return HmacSha256.withKey(config.stateKey()).base64Url(head + "\n" + brand + "\n" + user);
    }

    /** PKCE's {@code code_challenge} for a verifier (S256). */
    public static String challenge(String verifier) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(
                    verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }
}
