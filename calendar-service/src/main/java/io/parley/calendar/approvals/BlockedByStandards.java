package io.parley.calendar.approvals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.calendar.standards.Finding;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * A submission the brand's standards block: 422 {@code /problems/unprocessable}, each blocking finding not
 * overridden an error on {@code text}, and every finding in {@code findings} (as inbox-service answers a blocked
 * reply).
 */
public class BlockedByStandards extends RuntimeException {

    private final List<Finding> findings;

    public BlockedByStandards(List<Finding> findings) {
        super(blocking(findings).size() + " finding(s) of the brand's standards block this variant: "
                + String.join(", ", blocking(findings).stream().map(Finding::code).toList())
                + "; change it, or an approver may override a finding with a reason");
        this.findings = findings;
    }

    static List<Finding> blocking(List<Finding> findings) {
        return findings.stream().filter(f -> f.blocking() && f.overridden() == null).toList();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "BlockedByStandardsProblem", description = "A problem document with the standards' findings")
    public record Body(@Schema(type = SchemaType.STRING, format = "uri-reference") URI type, String title, int status,
            String detail, String instance,
            List<Problem.FieldError> errors, @Schema(description = "every finding of the check") List<Finding> findings) {
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response map(BlockedByStandards e, UriInfo uri) {
            ProblemType type = ProblemType.UNPROCESSABLE;
            List<Problem.FieldError> errors = blocking(e.findings).stream()
                    .map(f -> new Problem.FieldError("text", f.code() + ": " + f.message())).toList();
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(new Body(type.uri(), type.title(),
                    type.status(), e.getMessage(), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                    errors, e.findings)).build();
        }
    }
}
