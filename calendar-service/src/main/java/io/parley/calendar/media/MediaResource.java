package io.parley.calendar.media;

import io.parley.calendar.api.Examples;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.StoryApi;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Images for posts, stored by Parley with their licence. */
@Path("/api/v1/brands/{brand}/media")
@Tag(name = "Media", description = "Images for the brand's posts")
public class MediaResource {

    @Inject
    MediaLibrary library;

    @Inject
    Caller caller;

    @POST
    @Consumes({"image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Upload an image",
            description = "The body is the image (PNG or JPEG, the Content-Type matching the bytes, at most 8 MiB); its "
                    + "licence (one of section 3's licence types), author, source and expiresAt in the query. Width and "
                    + "height are read from the image.")
    @APIResponse(responseCode = "201", description = "The image's metadata", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.MediaView.class),
            examples = @ExampleObject(name = "a photo", value = Examples.MEDIA)))
    @APIResponse(responseCode = "400", description = "No or an unknown licence, empty body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad licence", value = Examples.BAD_LICENCE)))
    @APIResponse(responseCode = "413", description = "Over 8 MiB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "too large", value = Examples.MEDIA_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not PNG or JPEG, or not what the Content-Type says",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not an image", value = Examples.NOT_PNG_OR_JPEG)))
    public Response upload(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(required = true, example = "own") @QueryParam("licence") String licence,
            @Parameter(example = "Jan Kowalski") @QueryParam("author") String author,
            @Parameter(example = "unsplash.com") @QueryParam("source") String source,
            @Parameter(description = "when the licence ends (ISO-8601 instant)") @QueryParam("expiresAt")
            String expiresAt,
            @HeaderParam("Content-Type") String contentType, byte[] body, @Context UriInfo uri) {
        Media m = library.upload(brand, contentType, body, new StoryApi.Licence(licence, author, source,
                QueryParams.optionalInstant("expiresAt", expiresAt).orElse(null)), caller.actor().user());
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).replaceQuery(null).build())
                .type(MediaType.APPLICATION_JSON).entity(MediaLibrary.view(m)).build();
    }

    @GET
    @Path("/{id}")
    @Produces({"image/png", "image/jpeg", Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "An image's bytes",
            description = "The uploaded image exactly as stored, with its media type; 404 when it is not an image "
            + "of this brand.")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "bytes", value = "(JPEG bytes)")))
    public Response get(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id) {
        Media m = library.get(brand, id);
        return Response.ok(m.data, m.contentType).header("Cache-Control", "private, max-age=3600").build();
    }
}
