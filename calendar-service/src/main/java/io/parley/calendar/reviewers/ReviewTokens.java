package io.parley.calendar.reviewers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A reviewer's link token: 256 random bits (base64url, 43 characters), handed out once, and stored only as its
 * SHA-256 — a database leak gives no working link, and revoking or expiring one is a column on its row. (A random
 * token looked up by hash needs no signing secret to rotate; its expiry and revocation live server-side.)
 */
public final class ReviewTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReviewTokens() {
    }

    public static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text could be a token at all (cheap check before a lookup). */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
