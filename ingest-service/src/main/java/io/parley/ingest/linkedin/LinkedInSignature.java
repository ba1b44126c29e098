package io.parley.ingest.linkedin;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * LinkedIn's webhook checks, keyed with the app's client secret: the validation challenge is
 * answered with {@code hex(HMAC-SHA256(challengeCode))}; every notification carries
 * {@code X-LI-Signature: hex(HMAC-SHA256("hmacsha256=" + raw body))}. The documentation's wording
 * allows the prefix to sit in the header instead, so a header {@code hmacsha256=<hex>} is accepted
 * too; the string signed is the same either way. Compared in constant time.
 */
public final class LinkedInSignature {

    static final String PREFIX = "hmacsha256=";

    private LinkedInSignature() {
    }

    public static String challengeResponse(String clientSecret, String challengeCode) {
        return hex(clientSecret, challengeCode.getBytes(StandardCharsets.UTF_8));
    }

    /** The X-LI-Signature LinkedIn sends for this body. */
    public static String sign(String clientSecret, byte[] rawBody) {
        byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(rawBody, 0, signed, prefix.length, rawBody.length);
        return hex(clientSecret, signed);
    }

    public static boolean matches(String clientSecret, byte[] rawBody, String header) {
        if (header == null) {
            return false;
        }
        String given = header.strip().toLowerCase(Locale.ROOT);
        if (given.startsWith(PREFIX)) {
            given = given.substring(PREFIX.length());
        }
        if (given.length() != 64) {
            return false;
        }
        return MessageDigest.isEqual(sign(clientSecret, rawBody).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
