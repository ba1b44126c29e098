package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The If-Match rule every service applies: weak or strong alike, 400 for a foreign tag, 412 stale, 428 missing. */
class EntityTagsTest {

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).type().status();
    }

    @Test
    void aVersionIsItsQuotedNumberAndIsReadBackWeakOrStrong() {
        assertEquals("\"3\"", EntityTags.of(3));
        assertEquals(OptionalLong.of(3), EntityTags.named("\"3\""));
        assertEquals(OptionalLong.of(3), EntityTags.named(" W/\"3\" "));
        assertEquals(OptionalLong.of(3), EntityTags.named("3"));
        assertEquals(OptionalLong.of(0), EntityTags.named(" \"0\" "));
        assertEquals(OptionalLong.empty(), EntityTags.named(null));
        assertEquals(OptionalLong.empty(), EntityTags.named(""));
        assertEquals(OptionalLong.empty(), EntityTags.named("*"));
    }

    @Test
    void aTagThatIsNotOursIsA400NamingTheHeader() {
        for (String foreign : new String[] {"\"abc\"", "\"-1\"", "\"99999999999999999999\"", "\"3", "W/"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.named(foreign), foreign);
            assertEquals(400, e.type().status());
            assertEquals("If-Match", e.errors().get(0).field());
        }
    }

    @Test
    void aStaleVersionIs412AndAMissingRequiredOne428() {
        assertDoesNotThrow(() -> EntityTags.requireCurrent("\"4\"", 4));
        assertEquals(412, status(() -> EntityTags.requireCurrent("\"3\"", 4)));
        assertEquals(428, status(() -> EntityTags.requireCurrent(null, 4)));
        assertEquals(428, status(() -> EntityTags.requireCurrent("*", 4)));
        assertDoesNotThrow(() -> EntityTags.checkIfNamed(null, 4));
        assertDoesNotThrow(() -> EntityTags.checkIfNamed("*", 4));
        assertEquals(412, status(() -> EntityTags.checkIfNamed("W/\"3\"", 4)));
        assertEquals("If-Match: version 3 is stale; the current version is 4 — read it again and retry",
                assertThrows(ProblemException.class, () -> EntityTags.checkIfNamed("\"3\"", 4)).getMessage());
    }
}
