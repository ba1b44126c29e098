package io.parley.standards.targets;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResponseTargetsValidatorTest {

    @Test
    void aCompleteSetIsValid() {
        assertDoesNotThrow(() -> ResponseTargetsValidator.validate(new ResponseTargets.Update(60, List.of(
                new ResponseTargets.ChannelTarget("facebook", 30), new ResponseTargets.ChannelTarget("X", 15)))));
    }

    @Test
    void everyBadFieldIsNamedByItsPath() {
        ProblemException e = assertThrows(ProblemException.class, () -> ResponseTargetsValidator.validate(
                new ResponseTargets.Update(0, Arrays.asList(
                        new ResponseTargets.ChannelTarget("facebook", 30),
                        new ResponseTargets.ChannelTarget("myspace", 0),
                        new ResponseTargets.ChannelTarget("facebook", null),
                        null))));
        assertEquals(List.of("defaultMinutes", "targets[1].platform", "targets[1].firstResponseMinutes",
                "targets[2].platform", "targets[2].firstResponseMinutes", "targets[3]"),
                e.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("unknown platform 'myspace'", e.errors().get(1).message());
        assertEquals("'facebook' appears more than once", e.errors().get(3).message());
    }

    @Test
    void missingPartsAreRequired() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ResponseTargetsValidator.validate(new ResponseTargets.Update(null, null)));
        assertEquals(List.of("defaultMinutes", "targets"), e.errors().stream().map(Problem.FieldError::field).toList());
    }
}
