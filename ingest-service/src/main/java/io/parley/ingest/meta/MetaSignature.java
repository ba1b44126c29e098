package io.parley.ingest.meta;

import io.parley.platform.security.HmacSha256;

import java.util.Locale;

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
        return PREFIX + HmacSha256.withKey(appSecret).hex(rawBody);
    }

    /** True only when the header is exactly the signature of the body. */
    public static boolean matches(String appSecret, byte[] rawBody, String header) {
        if (header == null || header.length() != HEADER_LENGTH || !header.startsWith(PREFIX)) {
            return false;
        }
        return HmacSha256.matches(sign(appSecret, rawBody), header.toLowerCase(Locale.ROOT));
    }
}
