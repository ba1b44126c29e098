package io.parley.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the one shape of every error Parley's APIs return
 * ({@code application/problem+json}).
 *
 * @param type     a stable reference naming the kind of problem, e.g. {@code /problems/not-found}
 * @param title    a short, stable summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, precisely
 * @param instance the request path
 * @param errors   for invalid input: each bad field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem document.")
public record Problem(
        @Schema(type = SchemaType.STRING, format = "uri-reference", description = "The kind of problem: a reference "
                + "such as /problems/not-found, relative to the service (docs/api/problems.md)") URI type,
        String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its path in the request ({@code body.targets[0].minutes}) and the message. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
