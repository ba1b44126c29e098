package io.parley.ingest.intake;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shapes each platform's handshake challenge may take (see HandshakeChallenges). */
class HandshakeChallengesTest {

    @ParameterizedTest
    @ValueSource(strings = {"some_random", "ZjYxNjU2NjYtNDk2Mi00YjgwLWI3ZTQtNWQ0ZTk4MzU1ZGFk", "a+b/c==", "x.y-z"})
    void xTokensOfXsShapeAreSigned(String token) {
        assertEquals(token, HandshakeChallenges.xCrcToken(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"for_user_id\":\"1\"}", "[1]", "\"quoted\"", "12345", "-1", "1e5", "true", "false",
            "null", "has space", "ünïcode", "", "line\nbreak"})
    void xTokensOutsideTheShapeOrReadingAsJsonAreRefused(String token) {
        ProblemException e = assertThrows(ProblemException.class, () -> HandshakeChallenges.xCrcToken(token));
        assertEquals("crc_token", e.errors().get(0).field());
        assertEquals(400, e.type().status());
    }

    @Test
    void xTokensHaveABoundedLength() {
        HandshakeChallenges.xCrcToken("a".repeat(256));
        assertThrows(ProblemException.class, () -> HandshakeChallenges.xCrcToken("a".repeat(257)));
        assertThrows(ProblemException.class, () -> HandshakeChallenges.xCrcToken(null));
    }

    @Test
    void linkedInTakesOnlyAUuid() {
        assertEquals("890e4665-4dfe-4ab1-b689-ed553bceeed0",
                HandshakeChallenges.linkedInChallengeCode("890e4665-4dfe-4ab1-b689-ed553bceeed0"));
        HandshakeChallenges.linkedInChallengeCode("890E4665-4DFE-4AB1-B689-ED553BCEEED0");
        for (String bad : new String[] {"hmacsha256={\"type\":\"x\"}", "{}", "890e4665", "890e4665-4dfe-4ab1-b689-ed553bceeed0x",
                " 890e4665-4dfe-4ab1-b689-ed553bceeed0", "", null}) {
            ProblemException e = assertThrows(ProblemException.class, () -> HandshakeChallenges.linkedInChallengeCode(bad));
            assertEquals("challengeCode", e.errors().get(0).field());
        }
    }

    @Test
    void metaTakesOnlyANumber() {
        assertEquals("1158201444", HandshakeChallenges.metaChallenge("1158201444"));
        for (String bad : new String[] {"yarchallenge", "{}", "1".repeat(33), "-1", "<b>", "", null}) {
            ProblemException e = assertThrows(ProblemException.class, () -> HandshakeChallenges.metaChallenge(bad));
            assertEquals("hub.challenge", e.errors().get(0).field());
        }
    }

    @Test
    void readsAsJsonKnowsEveryKindOfValue() {
        for (String json : new String[] {"{}", "[]", "\"s\"", "1", "1.5", "true", "null", " {\"a\":1} "}) {
            assertEquals(true, HandshakeChallenges.readsAsJson(json), json);
        }
        for (String text : new String[] {"some_random", "{", "1 2", "tru", "{}x"}) {
            assertEquals(false, HandshakeChallenges.readsAsJson(text), text);
        }
    }
}
