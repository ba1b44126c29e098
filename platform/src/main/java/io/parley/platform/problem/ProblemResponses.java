package io.parley.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the only place that does. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return of(type, type.status(), detail, instance, errors);
    }

    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
