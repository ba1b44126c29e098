package io.parley.ingest.linkedin;

import io.parley.platform.security.HmacSha256;

import java.nio.charset.StandardCharsets;
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
        return HmacSha256.withKey(clientSecret).hex(challengeCode);
    }

    /** The X-LI-Signature LinkedIn sends for this body. */
    public static String sign(String clientSecret, byte[] rawBody) {
        byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(rawBody, 0, signed, prefix.length, rawBody.length);
        return HmacSha256.withKey(clientSecret).hex(signed);
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
        return HmacSha256.matches(sign(clientSecret, rawBody), given);
    }
}
