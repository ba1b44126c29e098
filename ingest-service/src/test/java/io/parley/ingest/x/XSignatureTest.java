package io.parley.ingest.x;

import io.parley.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of shared/fixtures/platforms/VERIFICATION.md, section 2 (consumer secret "DDD"). */
class XSignatureTest {

    @Test
    void crcExampleX1() {
        assertEquals("sha256=VE19eUk6krbdSqWPdvH71xtFhApBAU81uPW3UT65vOs=", XSignature.crcResponse("DDD", "some_random"));
    }

    @Test
    void bodyExampleX2() {
        assertTrue(XSignature.matches("DDD", "{\"for_user_id\":123,\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8),
                "sha256=JjEmBe1lVKT8XldrYUKibF+D5ehp8f0jDk3PXZSHEWI="));
    }

    @ParameterizedTest
    @CsvSource({
            "x/zammad-webhook1_direct_message.signed-body.json, sha256=xXu7qrPhqXfo8Ot14c0si9HrdQdBNru5fkSdoMZi+Ms=",
            "x/zammad-webhook1_tweet.signed-body.json, sha256=DmARpz6wdgte6Vj+ePeqC+RHvEDokmwOIIqr4//utkk=",
            "x/zammad-webhook2_tweet.signed-body.json, sha256=U7bglX19JitI2xuvyONAc0d/fowIFEeUzkEgnWdGyUM="})
    void publishedSignaturesOfRealBodiesX5ToX7(String fixture, String header) {
        assertTrue(XSignature.matches("DDD", Fixtures.bytes(fixture), header));
        assertFalse(XSignature.matches("EEE", Fixtures.bytes(fixture), header));
    }

    @Test
    void aMissingOrForeignHeaderNeverMatches() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertFalse(XSignature.matches("DDD", body, null));
        assertFalse(XSignature.matches("DDD", body, XSignature.sign("DDD", body).substring(7)));
    }
}
