package io.parley.calendar.publishing;

import io.parley.calendar.api.Examples;
import io.parley.calendar.media.Media;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A post's image for the platform that publishes it: no session, the signed link is the credential
 * ({@link SignedMediaLinks}). Public like the review pages ({@code quarkus.http.auth.permission.public-media}).
 */
@Path("/api/v1/public/media")
@Tag(name = "Publishing", description = "Publication outcomes, corrections, deletions; signed media for platforms")
public class PublicMediaResource {

    @Inject
    SignedMediaLinks links;

    @GET
    @Path("/{id}")
    @Produces({"image/png", "image/jpeg", Problem.MEDIA_TYPE})
    @Transactional
    @Operation(summary = "An image of a post, by signed link (for the platforms)",
            description = "No sign-in: the link the scheduler put in the publish request is the credential. expires "
                    + "is the link's end (epoch seconds), sig the hex HMAC-SHA256 of '<id>:<expires>' with the "
                    + "service's media key. A changed id or expiry, a wrong signature or a past expiry is 403.")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "bytes", value = "(JPEG bytes)")))
    @APIResponse(responseCode = "403", description = "A bad or expired signature", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = Examples.MEDIA_LINK_EXPIRED)))
    @APIResponse(responseCode = "404", description = "The image no longer exists", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "gone", value = Examples.MEDIA_LINK_UNKNOWN)))
    public Response media(@PathParam("id") UUID id,
            @Parameter(description = "when the link ends, epoch seconds", example = "1765270800")
            @QueryParam("expires") String expires,
            @Parameter(description = "hex HMAC-SHA256 of '<id>:<expires>'",
                    example = "9f2c4e7a0b1d3f5e6a8c9b0d2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f")
            @QueryParam("sig") String sig) {
        links.check(id, expires, sig);
        Media m = Media.findById(id);
        if (m == null) {
            throw ProblemException.notFound("media " + id + " does not exist");
        }
        return Response.ok(m.data, m.contentType).header("Cache-Control", "public, max-age=3600").build();
    }
}
