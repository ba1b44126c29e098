package io.parley.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.problem.ProblemException;

import java.util.regex.Pattern;

/**
 * What a platform's subscription handshake may answer. X's CRC and LinkedIn's validation answer an
 * HMAC of the challenge keyed with the same secret that signs deliveries, so a handshake that signed
 * any value would sign a caller's forged delivery body (issue 18): each challenge must have the short
 * shape its platform sends, and a value that reads as JSON is never answered. Meta's handshake signs
 * nothing, but echoes the challenge, so it is held to Meta's shape too.
 *
 * <ul>
 *   <li>X {@code crc_token}: 1–{@value #MAX_CRC_TOKEN} characters of the base64/base64url alphabet and
 *       {@code _ . -} (X sends random base64 text; Zammad's test token is {@code some_random}), and not a
 *       JSON value (a number, {@code true}, ...). A delivery is a JSON object, so no delivery body passes.</li>
 *   <li>LinkedIn {@code challengeCode}: a UUID, as LinkedIn's documentation shows
 *       ({@code 890e4665-4dfe-4ab1-b689-ed553bceeed0}). Deliveries are signed over
 *       {@code "hmacsha256=" + body}, which a UUID never starts with.</li>
 *   <li>Meta {@code hub.challenge}: digits, 1–{@value #MAX_META_CHALLENGE} (Meta's documentation: "an int
 *       you must pass back"); echoed as plain text only with the right verify token.</li>
 * </ul>
 * A value outside its shape is refused with 400 naming the parameter; nothing is signed or echoed.
 */
public final class HandshakeChallenges {

    static final int MAX_CRC_TOKEN = 256;
    static final int MAX_META_CHALLENGE = 32;

    private static final Pattern CRC_TOKEN = Pattern.compile("[A-Za-z0-9+/=_.\\-]{1," + MAX_CRC_TOKEN + "}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern META_CHALLENGE = Pattern.compile("[0-9]{1," + MAX_META_CHALLENGE + "}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HandshakeChallenges() {
    }

    /** X's {@code crc_token}, if it may be signed; 400 otherwise. */
    public static String xCrcToken(String token) {
        required("crc_token", token);
        if (!CRC_TOKEN.matcher(token).matches()) {
            throw ProblemException.invalid("crc_token", "is not a CRC token: X sends up to " + MAX_CRC_TOKEN
                    + " characters of A-Z a-z 0-9 + / = _ . -; nothing was signed");
        }
        if (readsAsJson(token)) {
            throw ProblemException.invalid("crc_token", "reads as JSON, as a delivery would; nothing was signed");
        }
        return token;
    }

    /** LinkedIn's {@code challengeCode}, if it may be signed; 400 otherwise. */
    public static String linkedInChallengeCode(String code) {
        required("challengeCode", code);
        if (!UUID.matcher(code).matches()) {
            throw ProblemException.invalid("challengeCode", "is not a LinkedIn challenge code (a UUID such as "
                    + "890e4665-4dfe-4ab1-b689-ed553bceeed0); nothing was signed");
        }
        return code;
    }

    /** Meta's {@code hub.challenge}, if it may be echoed; 400 otherwise. */
    public static String metaChallenge(String challenge) {
        required("hub.challenge", challenge);
        if (!META_CHALLENGE.matcher(challenge).matches()) {
            throw ProblemException.invalid("hub.challenge", "is not a Meta challenge: Meta sends a number of up to "
                    + MAX_META_CHALLENGE + " digits; nothing was echoed");
        }
        return challenge;
    }

    /** Whether the whole value parses as one JSON value (an object, array, string, number, true, false or null). */
    static boolean readsAsJson(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && !node.isMissingNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void required(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.invalid(name, "is required");
        }
    }
}
