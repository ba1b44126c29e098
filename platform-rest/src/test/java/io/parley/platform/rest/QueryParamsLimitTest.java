package io.parley.platform.rest;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one page-size rule: the configured default when absent, 1 to the configured maximum, else 400 naming limit. */
class QueryParamsLimitTest {

    private static final PageLimits LIMITS = new PageLimits() {
        @Override
        public int defaultLimit() {
            return 25;
        }

        @Override
        public int maxLimit() {
            return 100;
        }
    };

    @Test
    void absentIsTheDefaultAndTheRangeIsInclusive() {
        assertEquals(25, QueryParams.limit(null, LIMITS));
        assertEquals(1, QueryParams.limit("1", LIMITS));
        assertEquals(100, QueryParams.limit("100", LIMITS));
    }

    @Test
    void outOfRangeOrNotANumberIsA400NamingLimit() {
        for (String bad : List.of("0", "-1", "101", "2.5", "ten", "", "99999999999")) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.limit(bad, LIMITS), bad);
            assertEquals(400, e.type().status());
            assertEquals("limit", e.errors().get(0).field());
            assertEquals("must be a whole number from 1 to 100", e.errors().get(0).message());
        }
    }
}
