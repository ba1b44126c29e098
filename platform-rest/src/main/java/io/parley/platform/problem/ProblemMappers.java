package io.parley.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.parley.platform.json.JsonProblems;
import io.parley.platform.rest.InvalidParameterException;
import io.parley.platform.security.IdentityProviderReadiness;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every exception that reaches the REST layer to one problem+json shape. Feature code throws
 * {@link ProblemException}; framework exceptions (bad JSON, validation, security, unknown paths)
 * are translated here, so no endpoint ever answers with an HTML page or a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(ProblemType.INVALID_INPUT, detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        JsonProblems.JsonProblem problem = JsonProblems.describe(e);
        List<Problem.FieldError> errors = problem.field() == null ? List.of()
                : List.of(new Problem.FieldError(problem.field(), problem.message()));
        return ProblemResponses.of(ProblemType.BAD_REQUEST, problem.detail(), path(uri), errors);
    }

    /**
     * A body whose first bytes make Jackson guess UTF-16 or UTF-32 (NULs after the opening brace) and that is not
     * valid in that encoding either: JSON is UTF-8 (RFC 8259), so it is refused as such. Found by fuzzing the
     * catalogue: it was a 500.
     */
    @ServerExceptionMapper
    public Response notUtf8(java.io.CharConversionException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.BAD_REQUEST, "the body is not valid UTF-8 (JSON is sent as UTF-8)",
                path(uri), List.of());
    }

    /** Wrong types and unknown enum values; declared apart so it wins over Quarkus' own mapper for them. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** A path, query or header parameter of the wrong type or with forbidden characters. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.INVALID_INPUT, e.getMessage(), path(uri),
                List.of(new Problem.FieldError(e.parameter(), e.problem())));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        if (IdentityProviderReadiness.unreachable(e)) {
            return providerAway(e, uri);
        }
        return challenge(uri);
    }

    /**
     * The identity provider could not be reached to check a token (a service that never got its keys, while Keycloak
     * is away): a passing fault of a dependency, so 503 with Retry-After, not a 500 and not a 401 that would send a
     * signed-in user to sign in again.
     */
    @ServerExceptionMapper
    public Response identityProviderAway(OIDCException e, UriInfo uri) {
        return providerAway(e, uri);
    }

    private static Response providerAway(Exception e, UriInfo uri) {
        LOG.warnf("identity provider unavailable while checking a token for %s: %s", path(uri), e.getMessage());
        Response problem = ProblemResponses.of(ProblemType.UNAVAILABLE, "the identity provider cannot be reached to "
                + "check the token; retry shortly", path(uri), List.of());
        return Response.fromResponse(problem).header("Retry-After", "10").build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    /** 401 with the challenge RFC 6750 asks for, the body a problem like every other error. */
    private static Response challenge(UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, "a valid bearer token is required",
                path(uri), List.of());
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "your roles do not allow this operation", path(uri),
                List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 for a query parameter it could not convert (types TypedParams does not read).
            return ProblemResponses.of(ProblemType.BAD_REQUEST, "a parameter has a value of the wrong type: "
                    + Excerpt.of(e.getCause().getMessage()), path(uri), List.of());
        }
        String detail = switch (status) {
            case 400 -> e.getMessage() == null || e.getMessage().startsWith("HTTP 400")
                    ? "the request cannot be read" : Excerpt.bounded(e.getMessage());
            case 404 -> "no resource at " + path(uri);
            case 405 -> "this resource does not accept that method";
            case 406 -> "this resource cannot produce the requested media type; ask for application/json";
            case 415 -> "this resource takes a request body of another media type; send application/json";
            default -> Excerpt.bounded(e.getMessage());
        };
        return ProblemResponses.of(ProblemType.forStatus(status), status, detail, path(uri), List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected error on %s", path(uri));
        return ProblemResponses.of(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged",
                path(uri), List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "reply.arg1.text" -> "text": the method and parameter names mean nothing to a caller.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
