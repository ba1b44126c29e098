package io.parley.ingest.x;

import io.parley.platform.security.HmacSha256;

import java.nio.charset.StandardCharsets;

/**
 * X's Account Activity signatures: {@code sha256=} + base64 of HMAC-SHA256 keyed with the app's
 * consumer secret — over the CRC token for the challenge, over the raw body for events.
 */
public final class XSignature {

    private XSignature() {
    }

    public static String sign(String consumerSecret, byte[] message) {
        return "sha256=" + HmacSha256.withKey(consumerSecret).base64(message);
    }

    /** The {@code response_token} answering a CRC check. */
    public static String crcResponse(String consumerSecret, String crcToken) {
        return sign(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean matches(String consumerSecret, byte[] rawBody, String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        return HmacSha256.matches(sign(consumerSecret, rawBody), header);
    }
}
