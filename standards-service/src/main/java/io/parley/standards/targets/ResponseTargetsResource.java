package io.parley.standards.targets;

import io.parley.platform.rest.EntityTags;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.parley.standards.api.Examples;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "The brand's response-time targets",
            description = "Section 9 of the catalogue in force: the default and the first-response target of normal "
                    + "priority per channel. The ETag is the latest catalogue version. A brand that has set none gets "
                    + "the configured default as version 0.")
    @APIResponse(responseCode = "200", description = "The targets",
            headers = @Header(name = "ETag", description = "the version, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseTargets.View.class), examples = {
                    @ExampleObject(name = "set by a manager", value = Examples.TARGETS),
                    @ExampleObject(name = "nothing set yet", value = Examples.DEFAULT_TARGETS)}))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response get(@Parameter(example = "acme") @PathParam("brand") String brand) {
        ResponseTargetService.Tagged tagged = targets.current(access.require(brand));
        return Response.ok(tagged.view()).header("ETag", EntityTags.of(tagged.latestVersion())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace the brand's response-time targets",
            description = "Makes a new catalogue version with these first-response, normal-priority targets and the "
                    + "default replaced (other sections and targets as in force) and publishes it on the compacted "
                    + "parley.standards.v1 in the same transaction. Send If-Match with the ETag you read to be sure "
                    + "no one changed the catalogue since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResponseTargets.Update.class),
            examples = @ExampleObject(name = "Facebook 30 min, LinkedIn 4 h, others 1 h", value = Examples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The new version",
            headers = @Header(name = "ETag", description = "the new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseTargets.View.class),
                    examples = @ExampleObject(name = "new version", value = Examples.TARGETS)))
    @APIResponse(responseCode = "400", description = "Invalid targets; each bad field is named by its path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate channel, minutes out of range",
                            value = Examples.INVALID_TARGETS)))
    @APIResponse(responseCode = "403", description = "Only managers and admins change standards",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another change made the same version at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "race", value = Examples.CHANGED_AT_THE_SAME_TIME)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Response put(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "optional: the ETag read before the change, e.g. \"3\"", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            ResponseTargets.Update update) {
        ResponseTargetService.Tagged tagged = targets.replace(access.require(brand), update,
                EntityTags.named(ifMatch), access.userName());
        return Response.ok(tagged.view()).header("ETag", EntityTags.of(tagged.latestVersion())).build();
    }
}
