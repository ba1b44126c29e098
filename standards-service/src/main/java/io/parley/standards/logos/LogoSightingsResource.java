package io.parley.standards.logos;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.ImageReport;
import io.parley.imaging.ImageTooLargeException;
import io.parley.imaging.LogoSighting;
import io.parley.imaging.RegisteredLogo;
import io.parley.imaging.UnreadableImageException;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.Roles;
import io.parley.standards.api.Examples;
import io.parley.standards.checks.ChecksConfig;
import io.parley.standards.checks.ImageBytes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * A test image against the brand's registered logos: where each one was found, how big and in which part of the
 * image. The console's logos screen draws the boxes; the checks endpoint only reports what breaks a rule.
 */
@Path("/api/v1/brands/{brand}/logo-sightings")
@Tag(name = "Logos", description = "Registered logos the image checks look for on post images")
public class LogoSightingsResource {

    private static final String FOUND = """
            {"brand":"acme","format":"jpeg","width":1080,"height":1080,"registered":["acme-logo"],
             "sightings":[{"logoId":"acme-logo","x":806,"y":898,"width":130,"height":48,"widthShare":0.120,
               "areaShare":0.0053,"score":0.93,"placement":"bottom-right","clearSpacePx":134}],"analysisMillis":104}""";

    @Inject
    BrandLogos logos;
    @Inject
    ImageInspector inspector;
    @Inject
    ChecksConfig config;

    @POST
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Find the brand's logos on a test image",
            description = "The body is any image (JPEG, PNG or WebP, at most the checks' image limit). Answers, for "
                    + "every registered logo of the brand found on it, its box in image pixels (as displayed), its "
                    + "share of the image's width and area, the 3 × 3 cell holding its centre (top-left … "
                    + "bottom-right), its distance to the nearest edge and the match score; best score first. Nothing "
                    + "is stored. Without registered logos the list is empty and registered says so.")
    @APIResponse(responseCode = "200", description = "Where the logos were found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SightingsView.class),
            examples = @ExampleObject(name = "found", value = FOUND)))
    @APIResponse(responseCode = "400", description = "Empty body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "413", description = "Larger than the checks' image limit (bytes or pixels)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SightingsView find(@Parameter(example = "acme") @PathParam("brand") String brand, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the body must be the test image (JPEG, PNG or WebP)");
        }
        if (body.length > config.maxImageBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the image is " + body.length
                    + " bytes; at most " + config.maxImageBytes() + " are checked");
        }
        if (ImageBytes.sniff(body) == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the image must be a JPEG, PNG or WebP file");
        }
        List<RegisteredLogo> registered = logos.of(brand).stream().map(l -> new RegisteredLogo(l.logoId, l.image))
                .toList();
        ImageReport report;
        try {
            report = inspector.inspect(body, registered);
        } catch (ImageTooLargeException e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the image is " + e.width() + "×" + e.height()
                    + " pixels; at most " + e.maxPixels() + " pixels are checked");
        } catch (UnreadableImageException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the image cannot be read: " + e.getMessage());
        }
        return new SightingsView(brand, report.format(), report.width(), report.height(),
                registered.stream().map(RegisteredLogo::id).toList(),
                report.logos().stream().map(s -> SightingView.of(s, report.width())).toList(), report.analysisMillis());
    }

    @Schema(name = "LogoSightings")
    public record SightingsView(@Schema(example = "acme") String brand,
            @Schema(description = "jpeg, png or webp") String format,
            @Schema(description = "the image's width as displayed, in pixels") int width,
            @Schema(description = "the image's height as displayed, in pixels") int height,
            @Schema(description = "the brand's registered logos looked for") List<String> registered,
            @Schema(description = "where they were found, best score first") List<SightingView> sightings,
            long analysisMillis) {
    }

    @Schema(name = "LogoSighting")
    public record SightingView(String logoId,
            @Schema(description = "left edge of the box, image pixels") int x,
            @Schema(description = "top edge of the box, image pixels") int y,
            int width, int height,
            @Schema(description = "the box's width ÷ the image's width (what section 7's minShare/maxShare measure)")
            double widthShare,
            @Schema(description = "the box's area ÷ the image's area") double areaShare,
            @Schema(description = "the colour correlation that confirmed it, 0.70 … 1") double score,
            @Schema(description = "the 3 × 3 cell holding the box's centre", example = "bottom-right") String placement,
            @Schema(description = "pixels from the box to the nearest image edge") int clearSpacePx) {
        static SightingView of(LogoSighting s, int imageWidth) {
            return new SightingView(s.logoId(), s.x(), s.y(), s.width(), s.height(), s.width() / (double) imageWidth,
                    s.areaShare(), s.score(), s.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    s.clearSpacePx());
        }
    }
}
