package io.parley.ingest.linkedin;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples L1 and L2 of shared/fixtures/platforms/VERIFICATION.md. */
class LinkedInSignatureTest {

    @Test
    void challengeResponseL1() {
        assertEquals("2f02d4233a0396d6b4632fc7be62fd3ab68183421f688efcda0c1fcb2615273e",
                LinkedInSignature.challengeResponse("test_client_secret", "890e4665-4dfe-4ab1-b689-ed553bceeed0"));
    }

    @Test
    void notificationSignatureL2SignsThePrefixedBody() {
        byte[] body = "{\"type\":\"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS\",\"notifications\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        String expected = "402cf9cdc626c0ebaf382709c0e3f3c720807c24074c439a734f7e72dd1ec03a";
        assertEquals(expected, LinkedInSignature.sign("test_client_secret", body));
        assertTrue(LinkedInSignature.matches("test_client_secret", body, expected));
        assertTrue(LinkedInSignature.matches("test_client_secret", body, "hmacsha256=" + expected.toUpperCase()));
        assertFalse(LinkedInSignature.matches("test_client_secret", body, "5c469c48" + expected.substring(8)));
        assertFalse(LinkedInSignature.matches("other", body, expected));
        assertFalse(LinkedInSignature.matches("test_client_secret", body, null));
    }
}
