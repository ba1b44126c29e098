package io.parley.inbox.notifications;

import io.parley.platform.security.HmacSha256;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The signature of an outgoing webhook: {@code X-Parley-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} where the
 * HMAC's key is the subscription's secret and its message the bytes of {@code "<t>.<body>"} (docs/api/webhooks.md).
 * The time inside the signed text lets a receiver refuse an old delivery replayed to it.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Parley-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** The header's value for this body at this time. */
    public static String sign(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        return HmacSha256.withKey(secret).hex(text);
    }

    /** A new secret: 32 random bytes, hex, prefixed so that it is recognised where it leaks ({@code whsec_}). */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
