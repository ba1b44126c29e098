package io.parley.ingest.meta;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of shared/fixtures/platforms/VERIFICATION.md, section 1b. */
class MetaSignatureTest {

    @Test
    void publicExamplesM1AndM2() {
        assertEquals("sha256=f39034b29165ec6a5104d9aef27266484ab26c8caa7bca8bcb2dd02e8be61b17",
                MetaSignature.sign("sesame", "hello world".getBytes(StandardCharsets.UTF_8)));
        assertEquals("sha256=60905fdf409d0b4f721e99f6f25b31567a68a6b45e933d814e17a246be4c5a53",
                MetaSignature.sign("sesame", "hello world2".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void exampleM4IsComputedOverTheRawBytesAsStored() throws IOException {
        byte[] stored = fixture("restfb-feed-comment-add-211.json");
        String m4 = "sha256=c59abb446834bfa1f7afab719aa5467970b7ab2f879b60b6894d202d740d03e8";
        assertTrue(MetaSignature.matches("test_app_secret", stored, m4));
        // M5: the same JSON re-serialised compactly signs differently, so parsing first would break it.
        assertNotEquals(m4, MetaSignature.sign("test_app_secret",
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(stored).toString()
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void exampleM6SignsTheEscapedFormMetaSends() {
        assertEquals("sha256=28b7a33df19c81b024a2dbb7549d62ad257bc0977ede332448f9f5554cc8f734",
                MetaSignature.sign("test_app_secret",
                        "{\"message\":\"\\u00e4\\u00f6\\u00e5\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsMissingMalformedAndWrongSignatures() {
        byte[] body = "hello world".getBytes(StandardCharsets.UTF_8);
        String good = MetaSignature.sign("sesame", body);
        assertFalse(MetaSignature.matches("sesame", body, null));
        assertFalse(MetaSignature.matches("sesame", body, ""));
        assertFalse(MetaSignature.matches("sesame", body, good.substring(7)));
        assertFalse(MetaSignature.matches("sesame", body, "sha1=" + good.substring(7)));
        assertFalse(MetaSignature.matches("other", body, good));
        assertFalse(MetaSignature.matches("sesame", "hello world!".getBytes(StandardCharsets.UTF_8), good));
        assertTrue(MetaSignature.matches("sesame", body, good.toUpperCase().replace("SHA256=", "sha256=")));
    }

    static byte[] fixture(String name) {
        return io.parley.ingest.Fixtures.bytes("meta/" + name);
    }
}
