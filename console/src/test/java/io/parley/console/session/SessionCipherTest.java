package io.parley.console.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(
            "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private final byte[] row = SessionStore.hash("a-session-id");
    private final byte[] tokens = "{\"accessToken\":\"eyJhbGciOi…\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void whatIsSealedOpensWithTheSameKeyForTheSameRowOnly() {
        SessionCipher cipher = new SessionCipher(KEY);
        byte[] box = cipher.seal(tokens, row);
        assertFalse(new String(box, StandardCharsets.ISO_8859_1).contains("eyJ"), "the token is readable");
        assertArrayEquals(tokens, new SessionCipher(KEY).open(box, row).orElseThrow(), "another replica, same key");
        assertTrue(new SessionCipher(OTHER_KEY).open(box, row).isEmpty(), "another key");
        assertTrue(cipher.open(box, SessionStore.hash("another-session-id")).isEmpty(), "moved to another row");
        box[box.length - 1] ^= 1;
        assertTrue(cipher.open(box, row).isEmpty(), "altered");
        assertTrue(cipher.open(new byte[5], row).isEmpty(), "too short");
    }

    @Test
    void twoSealsOfTheSameTokensDiffer() {
        SessionCipher cipher = new SessionCipher(KEY);
        assertFalse(java.util.Arrays.equals(cipher.seal(tokens, row), cipher.seal(tokens, row)), "nonce reused");
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new SessionCipher("c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> new SessionCipher("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> new SessionCipher(null));
    }
}
