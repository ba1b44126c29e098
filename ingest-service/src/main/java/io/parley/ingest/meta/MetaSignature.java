package io.parley.ingest.meta;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<lowercase hex HMAC-SHA256 of the raw
 * body, keyed with the app secret>}. Checked on the raw bytes, before any parsing (re-serialised
 * JSON would not match), and compared in constant time.
 */
public final class MetaSignature {

    static final String PREFIX = "sha256=";
    private static final int HEADER_LENGTH = PREFIX.length() + 64;

    private MetaSignature() {
    }

    /** The header value Meta sends for this body. */
    public static String sign(String appSecret, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** True only when the header is exactly the signature of the body. */
    public static boolean matches(String appSecret, byte[] rawBody, String header) {
        if (header == null || header.length() != HEADER_LENGTH || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = sign(appSecret, rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
