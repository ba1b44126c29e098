package io.parley.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the only place that does. */
public final class ProblemResponses {

    /** The most field errors one problem lists. */
    public static final int MAX_ERRORS = 100;

    private ProblemResponses() {
    }

    /** A problem without field errors. */
    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance, List.of());
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return of(type, type.status(), detail, instance, errors);
    }

    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        // Every message bounded: a caller's value is echoed as an Excerpt, and this is the net beneath.
        List<Problem.FieldError> bounded = errors == null ? List.of() : errors.stream().limit(MAX_ERRORS)
                .map(e -> new Problem.FieldError(Excerpt.bounded(e.field()), Excerpt.bounded(e.message())))
                .toList();
        Problem problem = new Problem(type.uri(), type.title(), status, Excerpt.bounded(detail),
                Excerpt.bounded(instance), bounded);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
