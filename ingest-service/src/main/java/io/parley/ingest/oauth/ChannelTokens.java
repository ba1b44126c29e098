package io.parley.ingest.oauth;

import io.parley.ingest.channels.SecretResolver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The tokens the OAuth connect flow obtained, in {@code channel_token}, encrypted with AES-256-GCM under
 * {@code parley.ingest.oauth.token-key} (a random 12-byte nonce before each ciphertext; the platform and account id
 * as additional data, so a ciphertext copied to another row does not decrypt). A channel account refers to its token as
 * {@code stored:<platform>/<accountId>}; {@link SecretResolver} reads it for that account only. Never logged or
 * returned by an API.
 */
@ApplicationScoped
public class ChannelTokens implements SecretResolver.StoredTokens {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Clock clock;
    private final SecretKeySpec key;

    @Inject
    public ChannelTokens(EntityManager em, Clock clock, OAuthConfig config) {
        this.em = em;
        this.clock = clock;
        byte[] raw = Base64.getDecoder().decode(config.tokenKey().trim());
        if (raw.length != 32) {
            throw new IllegalStateException("parley.ingest.oauth.token-key must be the base64 of 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /**
     * A removed account's tokens are deleted with it (in the removal's transaction): a token nobody can see or revoke
     * from the console is not kept. Connecting the account again stores new ones.
     */
    void removed(@jakarta.enterprise.event.Observes io.parley.ingest.channels.ChannelRemoved removed) {
        em.createNativeQuery("DELETE FROM channel_token WHERE platform = ?1 AND account_id = ?2")
                .setParameter(1, removed.platform().id()).setParameter(2, removed.accountId()).executeUpdate();
    }

    /** The reference a channel account holds for its stored token. */
    public static String reference(String platform, String accountId) {
        return "stored:" + platform + "/" + accountId;
    }

    /** Stores (or replaces) an account's tokens; in the caller's transaction. */
    public void store(String platform, String accountId, String brand, String accessToken, String refreshToken,
            Instant expiresAt, String scope, String user) {
        var insert = em.createNativeQuery("""
                INSERT INTO channel_token (platform, account_id, brand, access_token, refresh_token, expires_at, scope,
                    obtained_at, obtained_by)
                VALUES (:platform, :account, :brand, :access, :refresh, EXPIRY, :scope, :now, :user)
                ON CONFLICT (platform, account_id) DO UPDATE SET brand = EXCLUDED.brand,
                    access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token,
                    expires_at = EXCLUDED.expires_at, scope = EXCLUDED.scope, obtained_at = EXCLUDED.obtained_at,
                    obtained_by = EXCLUDED.obtained_by, refresh_refused_at = NULL""".replace("EXPIRY", expiresAt == null ? "NULL" : ":expires"))
                .setParameter("platform", platform).setParameter("account", accountId).setParameter("brand", brand)
                .setParameter("access", encrypt(accessToken, platform, accountId))
                .setParameter("refresh", encrypt(refreshToken == null ? "" : refreshToken, platform, accountId))
                .setParameter("scope", scope == null ? "" : scope).setParameter("now", clock.instant())
                .setParameter("user", user);
        if (expiresAt != null) {
            insert.setParameter("expires", expiresAt);
        }
        insert.executeUpdate();
    }

    @Override
    public Optional<String> accessToken(String platform, String accountId) {
        List<?> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "SELECT access_token FROM channel_token WHERE platform = ?1 AND account_id = ?2")
                .setParameter(1, platform).setParameter(2, accountId).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(decrypt((byte[]) rows.get(0), platform, accountId)).filter(t -> !t.isEmpty());
    }

    /** The account's refresh token, when the flow (or the last refresh) stored one. */
    public Optional<String> refreshToken(String platform, String accountId) {
        List<?> rows = em.createNativeQuery(
                "SELECT refresh_token FROM channel_token WHERE platform = ?1 AND account_id = ?2")
                .setParameter(1, platform).setParameter(2, accountId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(decrypt((byte[]) rows.get(0), platform, accountId)).filter(t -> !t.isEmpty());
    }

    /** Replaces the tokens after a refresh (the refresh token too when the network rotated it); in the caller's transaction. */
    public void refreshed(String platform, String accountId, String accessToken, String refreshToken,
            Instant expiresAt) {
        em.createNativeQuery("""
                UPDATE channel_token SET access_token = :access, refresh_token = :refresh, expires_at = :expires,
                    refreshed_at = :now, refresh_refused_at = NULL WHERE platform = :platform AND account_id = :account""")
                .setParameter("access", encrypt(accessToken, platform, accountId))
                .setParameter("refresh", encrypt(refreshToken == null ? "" : refreshToken, platform, accountId))
                .setParameter("expires", expiresAt).setParameter("now", clock.instant())
                .setParameter("platform", platform).setParameter("account", accountId).executeUpdate();
    }

    /** The network refused the account's refresh token: not tried again until new tokens are stored. */
    public void refreshRefused(String platform, String accountId) {
        em.createNativeQuery("UPDATE channel_token SET refresh_refused_at = :now WHERE platform = :platform "
                + "AND account_id = :account").setParameter("now", clock.instant()).setParameter("platform", platform)
                .setParameter("account", accountId).executeUpdate();
    }

    byte[] encrypt(String text, String platform, String accountId) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(platform, accountId));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a channel token", e);
        }
    }

    String decrypt(byte[] stored, String platform, String accountId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE));
            cipher.updateAAD(aad(platform, accountId));
            return new String(cipher.doFinal(stored, NONCE, stored.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored channel token does not decrypt (another key, or another row's)");
        }
    }

    private static byte[] aad(String platform, String accountId) {
        return (platform + "/" + accountId).getBytes(StandardCharsets.UTF_8);
    }
}
