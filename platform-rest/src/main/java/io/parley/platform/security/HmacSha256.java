package io.parley.platform.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HMAC-SHA256, the one way every signature in Parley is made and checked: the platforms' webhook signatures,
 * the OAuth {@code state}, signed media and report links, outgoing webhooks. The key is a secret's UTF-8 bytes
 * (or raw bytes); a text message is signed as its UTF-8 bytes. {@link #matches} compares in constant time, so how
 * much of a presented signature is right cannot be timed.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    private HmacSha256(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("an HMAC key must not be empty");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** Keyed with the secret's UTF-8 bytes. */
    public static HmacSha256 withKey(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("an HMAC key must not be empty");
        }
        return new HmacSha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static HmacSha256 withKey(byte[] secret) {
        return new HmacSha256(secret == null ? null : secret.clone());
    }

    /** The 32-byte MAC of the message. */
    public byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The MAC of the text's UTF-8 bytes. */
    public byte[] sign(String message) {
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex, 64 characters. */
    public String hex(byte[] message) {
        return HEX.formatHex(sign(message));
    }

    public String hex(String message) {
        return HEX.formatHex(sign(message));
    }

    /** Standard base64, padded. */
    public String base64(byte[] message) {
        return Base64.getEncoder().encodeToString(sign(message));
    }

    /** base64url without padding (fits a URL or a token's part). */
    public String base64Url(byte[] message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(message));
    }

    public String base64Url(String message) {
        return base64Url(message.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the two MACs are the same bytes, compared in constant time; a null on either side never matches. */
    public static boolean matches(byte[] expected, byte[] presented) {
        return expected != null && presented != null && MessageDigest.isEqual(expected, presented);
    }

    /** The same for two signatures as text (hex, base64, a header value), compared as their UTF-8 bytes. */
    public static boolean matches(String expected, String presented) {
        return expected != null && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
