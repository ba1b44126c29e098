package io.parley.analytics.reports;

import io.parley.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in a report e-mail, without a sign-in: the signed token in the path is the only credential (only this
 * path is public: {@code quarkus.http.auth.permission.report-links}). It answers the PDF that was e-mailed, byte for
 * byte, until the link expires.
 */
@Path("/api/v1/report-links/{token}")
@PermitAll
@Tag(name = "Reports (public)", description = "A report e-mail's signed link")
public class PublicReportResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Produces(ReportsResource.PDF)
    @Operation(summary = "The PDF a report e-mail links to (no sign-in)",
            description = "The token is <delivery id>.<expiry, epoch seconds>.<HMAC-SHA256 signature>, signed with "
                    + "the service's secret: altered or unsigned is 403, expired 410 (ask for the report again), a "
                    + "delivery no longer kept 404.")
    @APIResponse(responseCode = "200", description = "The PDF as e-mailed", content = @Content(
            mediaType = ReportsResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "a pack", value = ReportsExamples.PDF)))
    @APIResponse(responseCode = "403", description = "Not a link Parley signed (altered, malformed)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "altered", value = ReportsExamples.LINK_FORGED)))
    @APIResponse(responseCode = "404", description = "The delivery is no longer kept", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "gone", value = ReportsExamples.LINK_GONE)))
    @APIResponse(responseCode = "410", description = "The link expired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = ReportsExamples.LINK_EXPIRED)))
    public Response download(@Parameter(description = "the token from the e-mail's link") @PathParam("token")
            String token) {
        Deliveries.Download d = deliveries.open(token);
        return Response.ok(d.pdf(), ReportsResource.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
