package io.parley.inbox.replies;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A text the brand's standards block: answered 422 {@code /problems/unprocessable}, with every blocking finding
 * as an error on {@code text} and all findings as the engine reported them in {@code findings}.
 */
public class BlockedByStandards extends RuntimeException {

    private final List<Map<String, Object>> findings;
    private final List<Map<String, Object>> blocking;

    public BlockedByStandards(ReplyCheck.Outcome outcome) {
        super(outcome.blocking().size() + " finding(s) of the brand's standards block this text: "
                + String.join(", ", outcome.blocking().stream().map(f -> String.valueOf(f.get("ruleId"))).toList())
                + "; change the text, or an approver may send it with an overrideReason");
        this.findings = outcome.findings();
        this.blocking = outcome.blocking();
    }

    /** The problem document with the findings (RFC 9457 allows extension members). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "BlockedByStandardsProblem", description = "A problem document with the standards' findings")
    public record Body(@Schema(type = SchemaType.STRING, format = "uri-reference") URI type, String title, int status,
            String detail, String instance,
            List<Problem.FieldError> errors,
            @Schema(description = "every finding, as standards-service reported it") List<Map<String, Object>> findings) {
    }

    /** Maps the exception; the one place this problem is written. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response map(BlockedByStandards e, UriInfo uri) {
            ProblemType type = ProblemType.UNPROCESSABLE;
            List<Problem.FieldError> errors = e.blocking.stream().map(f -> new Problem.FieldError("text",
                    f.get("ruleId") + ": " + f.get("message"))).toList();
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(new Body(type.uri(), type.title(),
                    type.status(), e.getMessage(), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                    errors, e.findings)).build();
        }
    }
}
