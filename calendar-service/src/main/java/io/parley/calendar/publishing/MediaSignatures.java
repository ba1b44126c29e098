package io.parley.calendar.publishing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The signature of a public media link: HMAC-SHA256 of {@code "<media id>:<expires epoch seconds>"}, in lower-case
 * hex. A link names one image until one moment; changing either breaks the signature. Compared in constant time.
 */
public final class MediaSignatures {

    private final byte[] key;

    public MediaSignatures(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the media signing secret must have at least 16 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID mediaId, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((mediaId + ":" + expiresEpochSecond)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code signature} is this image's signature until {@code expiresEpochSecond} (time not checked). */
    public boolean matches(UUID mediaId, long expiresEpochSecond, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(mediaId, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
