package io.parley.console.session;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts a session's tokens for the database with AES-256-GCM: a fresh 12-byte nonce, then the ciphertext and
 * its tag. The row's key (the hash of the session id) is the associated data, so a ciphertext moved to another
 * row does not open there. Plain code, no framework: unit-tested on its own.
 */
public final class SessionCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** {@code base64Key}: base64 of exactly 32 bytes. */
    public SessionCipher(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parley.console.session.encryption-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("parley.console.session.encryption-key must be 32 bytes (base64 of "
                    + "`openssl rand -base64 32`), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public byte[] seal(byte[] plain, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes, or empty when the box was sealed with another key, for another row, or altered. */
    public Optional<byte[]> open(byte[] box, byte[] associated) {
        if (box == null || box.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(box, NONCE_BYTES)));
            cipher.updateAAD(associated);
            return Optional.of(cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
