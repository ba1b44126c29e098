package io.parley.standards.checks;

import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import io.parley.standards.api.Examples;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The checks engine: every finding about a draft against the brand's standards in force. */
@Path("/api/v1/brands/{brand}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checks", description = "A draft against the brand's standards")
public class ChecksResource {

    @Inject
    ChecksService checks;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Check a draft",
            description = "Checks a post, reply, like or share against the catalogue in force on the draft's channel "
                    + "and returns every finding (rule, section, severity, span in code points or image/link/mention "
                    + "index, message, why, suggestion) and the verdict: block if any finding blocks, warn if any "
                    + "warns, else pass. A post variant sends its text, links and images (licence metadata, and the "
                    + "bytes for the channel's image shape and the logo); an image licence ending before scheduledFor "
                    + "(or now, without it) blocks. The same draft and catalogue version always give the same answer "
                    + "(a draft without scheduledFor is dated by the moment of the check).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Draft.class),
            examples = {@ExampleObject(name = "a reply", value = Examples.CHECK_DRAFT),
                    @ExampleObject(name = "a post variant", value = Examples.CHECK_POST_VARIANT)}))
    @APIResponse(responseCode = "200", description = "The findings and the verdict", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChecksService.Report.class),
            examples = @ExampleObject(name = "blocked", value = Examples.CHECK_RESULT)))
    @APIResponse(responseCode = "400", description = "kind or channel missing or unknown, text too long, bad base64",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing kind", value = Examples.INVALID_DRAFT)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "413", description = "An image is larger than the limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "too large", value = Examples.IMAGE_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "An image's bytes are not JPEG, PNG or WebP", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not an image", value = Examples.NOT_AN_IMAGE)))
    public ChecksService.Report check(@Parameter(example = "acme") @PathParam("brand") String brand, Draft draft) {
        return checks.check(brand, draft);
    }
}
