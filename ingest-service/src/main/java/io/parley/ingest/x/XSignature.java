package io.parley.ingest.x;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * X's Account Activity signatures: {@code sha256=} + base64 of HMAC-SHA256 keyed with the app's
 * consumer secret — over the CRC token for the challenge, over the raw body for events.
 */
public final class XSignature {

    private XSignature() {
    }

    public static String sign(String consumerSecret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(consumerSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The {@code response_token} answering a CRC check. */
    public static String crcResponse(String consumerSecret, String crcToken) {
        return sign(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean matches(String consumerSecret, byte[] rawBody, String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        return MessageDigest.isEqual(sign(consumerSecret, rawBody).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
