package io.parley.standards.targets;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.OptionalLong;

/** Standard 9 of the catalogue: how long a brand representative may take to answer. */
@Path("/api/v1/brands/{brand}/response-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Response-time targets", description = "How long the brand may take to answer, per channel")
public class ResponseTargetsResource {

    @Inject
    ResponseTargetService targets;

    @Inject
    BrandAccess access;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The brand's response-time targets", description = "With an ETag of the version.")
    @APIResponse(responseCode = "200", description = "The targets")
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "acme") @PathParam("brand") String brand) {
        ResponseTargets.View view = targets.current(access.require(brand));
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace the brand's response-time targets",
            description = "Makes a new version and publishes it to every service. Send If-Match with the ETag you "
                    + "read to be sure no one changed them since.")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "400", description = "Invalid targets; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "minutes out of range", value = """
                            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
                             "detail":"targets[1].firstResponseMinutes must be between 1 and 43200 minutes, was 0",
                             "errors":[{"field":"targets[1].firstResponseMinutes",
                                        "message":"must be between 1 and 43200 minutes, was 0"}]}""")))
    @APIResponse(responseCode = "403", description = "Only managers and admins change standards",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the ETag read before the change, e.g. \"3\"") @HeaderParam("If-Match")
            String ifMatch, ResponseTargets.Update update) {
        ResponseTargets.View view = targets.replace(access.require(brand), update, version(ifMatch),
                access.userName());
        return Response.ok(view).tag(etag(view.version())).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this API returned, like \"3\"");
        }
    }
}
