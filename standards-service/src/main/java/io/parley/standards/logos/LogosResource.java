package io.parley.standards.logos;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.parley.standards.api.Examples;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The logos a brand registers for the image checks (section 7 names one by id). */
@Path("/api/v1/brands/{brand}/logos")
@Tag(name = "Logos", description = "Registered logos the image checks look for on post images")
public class LogosResource {

    static final String ONE = """
            {"brand":"acme","logoId":"acme-logo","contentType":"image/png","width":400,"height":160,"bytes":8712,
             "uploadedAt":"2026-11-23T09:15:00Z","uploadedBy":"manager1"}""";
    static final String LIST = "{\"items\":[" + ONE + "],\"nextCursor\":null}";
    static final String NO_LOGO = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand acme has no logo acme-logo","instance":"/api/v1/brands/acme/logos/acme-logo"}""";
    static final String BAD_ID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"logoId: must be lower-case letters, digits and hyphens, e.g. acme-logo",
             "instance":"/api/v1/brands/acme/logos/Acme_Logo",
             "errors":[{"field":"logoId","message":"must be lower-case letters, digits and hyphens, e.g. acme-logo"}]}""";
    static final String TOO_LARGE = """
            {"type":"/problems/payload-too-large","title":"The request body is too large","status":413,
             "detail":"the logo is 3145728 bytes; at most 2097152 are accepted","instance":"/api/v1/brands/acme/logos/acme-logo"}""";
    static final String NOT_IMAGE = """
            {"type":"/problems/unsupported-media-type","title":"The request body's media type is not supported",
             "status":415,"detail":"a logo must be a PNG or JPEG image","instance":"/api/v1/brands/acme/logos/acme-logo"}""";
    static final String UNUSABLE = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"the logo cannot be looked for: the logo is a single flat colour",
             "instance":"/api/v1/brands/acme/logos/acme-logo"}""";

    @Inject
    BrandAccess access;
    @Inject
    BrandLogos logos;
    @Inject
    PageLimits pages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "List the brand's registered logos",
            description = "Each registered logo with its name, size and when it was registered; image checks look "
            + "for these in a post's images. By logo id, a page at a time (`limit`, and `cursor` from the previous "
            + "page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of logos (without their images)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogoPage.class),
            examples = @ExampleObject(name = "one logo", value = LIST)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<LogoView> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor; absent for the first page") @QueryParam("cursor")
            String cursor) {
        return logos.page(brand, cursor, QueryParams.limit(limit, pages)).map(LogoView::of);
    }

    @GET
    @Path("{logoId}")
    @Produces({"image/png", "image/jpeg"})
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The logo's image, as registered",
            description = "The image bytes exactly as they were uploaded, with their media type.")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/png",
            examples = @ExampleObject(name = "png", description = "the PNG file as registered", value = "(binary)")))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such logo among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such logo", value = NO_LOGO)))
    public Response image(@PathParam("brand") String brand, @PathParam("logoId") String logoId) {
        BrandLogo logo = BrandLogo.findById(new BrandLogo.Key(brand, logoId));
        if (logo == null) {
            throw ProblemException.notFound("brand " + brand + " has no logo " + logoId);
        }
        return Response.ok(logo.image, logo.contentType).build();
    }

    @PUT
    @Path("{logoId}")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Register or replace a logo",
            description = "The body is the logo as a PNG (transparent background welcome) or JPEG, at most 2 MiB. It "
                    + "must be usable by the image analysis: not one flat colour, not fully transparent, at least 8×8.")
    @APIResponse(responseCode = "200", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogoView.class),
            examples = @ExampleObject(name = "registered", value = ONE)))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "400", description = "Empty body or an invalid logo id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = BAD_ID)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "413", description = "Larger than 2 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not a PNG or JPEG image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not an image", value = NOT_IMAGE)))
    @APIResponse(responseCode = "422", description = "An image the analysis cannot look for (flat, transparent, tiny)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "flat", value = UNUSABLE)))
    public LogoView register(@PathParam("brand") String brand, @PathParam("logoId") String logoId, byte[] body) {
        return LogoView.of(logos.register(brand, logoId, body, access.userName()));
    }

    @DELETE
    @Path("{logoId}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a logo",
            description = "Image checks stop looking for it from the next check on; the removal is recorded with "
            + "who made it.")
    @APIResponse(responseCode = "200", description = "Removed; what was removed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogoView.class),
            examples = @ExampleObject(name = "removed", value = ONE)))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such logo among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such logo", value = NO_LOGO)))
    @Produces(MediaType.APPLICATION_JSON)
    public LogoView remove(@PathParam("brand") String brand, @PathParam("logoId") String logoId) {
        BrandLogo logo = BrandLogo.findById(new BrandLogo.Key(brand, logoId));
        if (logo == null) {
            throw ProblemException.notFound("brand " + brand + " has no logo " + logoId);
        }
        LogoView removed = LogoView.of(logo);
        logos.remove(brand, logoId);
        return removed;
    }

    // The page's documented shape (platform rest.Page of logos), so that the 200 response carries its schema and
    // an example together; the endpoint answers Page<LogoView> itself.
    @Schema(name = "LogoPage", description = "A page of the brand's logos; pass nextCursor as cursor for the next")
    public record LogoPage(@Schema(required = true) List<LogoView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "Logo")
    public record LogoView(String brand, String logoId, String contentType, int width, int height, int bytes,
            Instant uploadedAt, String uploadedBy) {
        static LogoView of(BrandLogo l) {
            return new LogoView(l.brand, l.logoId, l.contentType, l.width, l.height, l.image.length, l.uploadedAt,
                    l.uploadedBy);
        }
    }
}
