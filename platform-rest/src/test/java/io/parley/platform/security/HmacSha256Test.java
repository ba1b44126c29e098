package io.parley.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one HMAC-SHA256 helper: the published test vectors, each encoding, and the comparison. */
class HmacSha256Test {

    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
    private static final String RFC4231_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void signsAsRfc4231Says() {
        HmacSha256 jefe = HmacSha256.withKey("Jefe");
        assertEquals(RFC4231_2, jefe.hex("what do ya want for nothing?"));
        assertArrayEquals(HexFormat.of().parseHex(RFC4231_2), jefe.sign("what do ya want for nothing?"));
        // RFC 4231, test case 1: a raw 20-byte key of 0x0b, data "Hi There"
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                HmacSha256.withKey(key).hex("Hi There".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theSameMacInEachEncoding() {
        HmacSha256 jefe = HmacSha256.withKey("Jefe");
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        assertEquals("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=", jefe.base64(data));
        assertEquals("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM", jefe.base64Url(data));
        assertEquals(jefe.hex(data), jefe.hex("what do ya want for nothing?"));
    }

    @Test
    void textIsSignedAsUtf8() {
        HmacSha256 key = HmacSha256.withKey("κλειδί-🔑");
        assertEquals(key.hex("Καλημέρα 👋".getBytes(StandardCharsets.UTF_8)), key.hex("Καλημέρα 👋"));
        assertNotEquals(key.hex("Καλημέρα 👋".getBytes(StandardCharsets.ISO_8859_1)), key.hex("Καλημέρα 👋"));
    }

    @Test
    void anotherKeyOrMessageGivesAnotherMac() {
        assertNotEquals(HmacSha256.withKey("Jefe").hex("a"), HmacSha256.withKey("Jeff").hex("a"));
        assertNotEquals(HmacSha256.withKey("Jefe").hex("a"), HmacSha256.withKey("Jefe").hex("b"));
    }

    @Test
    void matchesOnlyTheSameBytes() {
        byte[] mac = HmacSha256.withKey("Jefe").sign("x");
        assertTrue(HmacSha256.matches(mac, mac.clone()));
        byte[] altered = mac.clone();
        altered[31] ^= 1;
        assertFalse(HmacSha256.matches(mac, altered));
        assertFalse(HmacSha256.matches(mac, java.util.Arrays.copyOf(mac, 31)), "a prefix is not the MAC");
        assertFalse(HmacSha256.matches(mac, null));
        assertFalse(HmacSha256.matches(null, mac));
        assertTrue(HmacSha256.matches(RFC4231_2, RFC4231_2));
        assertFalse(HmacSha256.matches(RFC4231_2, RFC4231_2.toUpperCase()));
        assertFalse(HmacSha256.matches(RFC4231_2, (String) null));
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HmacSha256.withKey(""));
        assertThrows(IllegalArgumentException.class, () -> HmacSha256.withKey((String) null));
        assertThrows(IllegalArgumentException.class, () -> HmacSha256.withKey(new byte[0]));
    }
}
