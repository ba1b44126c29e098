package io.parley.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * A text the brand's standards block (a reply in inbox-service, a variant in calendar-service): answered 422
 * {@code /problems/unprocessable}, each blocking finding an error on {@code text} ({@code "<rule>: <message>"}) and
 * every finding, as the service reports findings, in {@code findings}. The one place this problem is written.
 */
public class BlockedByStandards extends RuntimeException {

    private final transient List<Problem.FieldError> errors;
    private final transient List<?> findings;

    /**
     * @param detail   the problem's detail: how many findings block, which, and what the caller can do
     * @param blocking each blocking finding as {@link #onText}
     * @param findings every finding, serialised as it is into the problem's {@code findings}
     */
    public BlockedByStandards(String detail, List<Problem.FieldError> blocking, List<?> findings) {
        super(detail);
        this.errors = List.copyOf(blocking);
        this.findings = findings;
    }

    /** A blocking finding as the problem's error on {@code text}. */
    public static Problem.FieldError onText(Object rule, Object message) {
        return new Problem.FieldError("text", rule + ": " + message);
    }

    /** The problem document with the findings (RFC 9457 allows extension members). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "BlockedByStandardsProblem", description = "A problem document with the standards' findings")
    public record Body(@Schema(type = SchemaType.STRING, format = "uri-reference") URI type, String title, int status,
            String detail, String instance,
            List<Problem.FieldError> errors,
            @Schema(description = "every finding of the check, as the service reports findings") List<?> findings) {
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response map(BlockedByStandards e, UriInfo uri) {
            ProblemType type = ProblemType.UNPROCESSABLE;
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(new Body(type.uri(), type.title(),
                    type.status(), e.getMessage(), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                    e.errors, e.findings)).build();
        }
    }
}
