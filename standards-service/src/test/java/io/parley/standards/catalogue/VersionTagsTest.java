package io.parley.standards.catalogue;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionTagsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"3\"", VersionTags.of(3).toString());
    }

    @Test
    void ifMatchNamesAVersionOrNone() {
        assertEquals(OptionalLong.of(3), VersionTags.expected("\"3\""));
        assertEquals(OptionalLong.of(3), VersionTags.expected("W/\"3\""));
        assertEquals(OptionalLong.of(0), VersionTags.expected(" \"0\" "));
        assertEquals(OptionalLong.empty(), VersionTags.expected(null));
        assertEquals(OptionalLong.empty(), VersionTags.expected(""));
        assertEquals(OptionalLong.empty(), VersionTags.expected("*"));
    }

    @Test
    void anythingElseIsA400NamingTheHeader() {
        ProblemException e = assertThrows(ProblemException.class, () -> VersionTags.expected("\"abc\""));
        assertEquals("If-Match", e.errors().get(0).field());
    }
}
