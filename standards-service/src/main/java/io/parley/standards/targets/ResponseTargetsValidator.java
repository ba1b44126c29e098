package io.parley.standards.targets;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a targets update and names every bad field by its path. */
public final class ResponseTargetsValidator {

    static final int MAX_MINUTES = 43_200; // 30 days

    private ResponseTargetsValidator() {
    }

    public static void validate(ResponseTargets.Update update) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (update == null) {
            throw ProblemException.invalid("body", "is required");
        }
        minutes("defaultMinutes", update.defaultMinutes(), errors);
        if (update.targets() == null) {
            errors.add(new Problem.FieldError("targets", "is required (an empty list is fine)"));
        } else {
            Set<Platform> seen = new HashSet<>();
            for (int i = 0; i < update.targets().size(); i++) {
                ResponseTargets.ChannelTarget t = update.targets().get(i);
                String path = "targets[" + i + "]";
                if (t == null) {
                    errors.add(new Problem.FieldError(path, "must be an object"));
                    continue;
                }
                try {
                    Platform platform = Platform.fromId(t.platform());
                    if (!seen.add(platform)) {
                        errors.add(new Problem.FieldError(path + ".platform", "'" + platform.id()
                                + "' appears more than once"));
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError(path + ".platform", e.getMessage()));
                }
                minutes(path + ".firstResponseMinutes", t.firstResponseMinutes(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }

    private static void minutes(String field, Integer value, List<Problem.FieldError> errors) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (value < 1 || value > MAX_MINUTES) {
            errors.add(new Problem.FieldError(field, "must be between 1 and " + MAX_MINUTES + " minutes, was " + value));
        }
    }
}
