package io.parley.devstack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** Signs test webhook bodies the way each platform does (see shared/fixtures/platforms/VERIFICATION.md). */
public final class Signatures {

    private Signatures() {
    }

    /** Meta's {@code X-Hub-Signature-256} header value for a raw body. */
    public static String metaSha256(String appSecret, byte[] rawBody) {
        return "sha256=" + HexFormat.of().formatHex(hmacSha256(appSecret, rawBody));
    }

    public static String metaSha256(String appSecret, String rawBody) {
        return metaSha256(appSecret, rawBody.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmacSha256(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
