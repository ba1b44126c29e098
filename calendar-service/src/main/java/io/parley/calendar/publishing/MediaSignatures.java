package io.parley.calendar.publishing;

import io.parley.platform.security.HmacSha256;

import java.util.Locale;
import java.util.UUID;

/**
 * The signature of a public media link: HMAC-SHA256 of {@code "<media id>:<expires epoch seconds>"}, in lower-case
 * hex. A link names one image until one moment; changing either breaks the signature. Compared in constant time.
 */
public final class MediaSignatures {

    private final HmacSha256 mac;

    public MediaSignatures(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the media signing secret must have at least 16 characters");
        }
        this.mac = HmacSha256.withKey(secret);
    }

    public String sign(UUID mediaId, long expiresEpochSecond) {
        return mac.hex(mediaId + ":" + expiresEpochSecond);
    }

    /** True when {@code signature} is this image's signature until {@code expiresEpochSecond} (time not checked). */
    public boolean matches(UUID mediaId, long expiresEpochSecond, String signature) {
        if (signature == null) {
            return false;
        }
        return HmacSha256.matches(sign(mediaId, expiresEpochSecond), signature.toLowerCase(Locale.ROOT));
    }
}
