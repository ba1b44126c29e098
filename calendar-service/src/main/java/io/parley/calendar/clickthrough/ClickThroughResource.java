package io.parley.calendar.clickthrough;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/**
 * The tracked redirect of the links Parley publishes ({@link ClickThroughs}). Public like the signed media
 * ({@code quarkus.http.auth.permission.public-media}: everything under {@code /api/v1/public/}).
 */
@Path("/api/v1/public/links")
@Tag(name = "Publishing", description = "Publication outcomes, corrections, deletions; signed media for platforms")
public class ClickThroughResource {

    @Inject
    ClickThroughs clicks;

    @Inject
    Clock clock;

    @GET
    @Path("/{code}")
    @Produces(Problem.MEDIA_TYPE)
    @Operation(summary = "Follow a link Parley published (counted, then redirected)",
            description = "No sign-in: this is the address a published post's link goes out as. The click is counted "
                    + "for the post's variant (LinkClicked on parley.posts.v1) and the visitor is sent on (302) to the "
                    + "link as the brand's catalogue made it, UTM parameters included. The networks' link-preview "
                    + "fetchers (facebookexternalhit, Twitterbot, LinkedInBot, TelegramBot, ...) are sent on without "
                    + "being counted. Nothing is cached, so every click reaches the counter.")
    @APIResponse(responseCode = "302", description = "Sent on to the link", headers = @Header(name = "Location",
            description = "the link with the catalogue's UTM parameters", schema = @Schema(type = SchemaType.STRING,
            example = "https://acme.example/zima?utm_source=facebook&utm_medium=social&utm_campaign=winter-2026")))
    @APIResponse(responseCode = "404", description = "A code Parley never gave", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = """
                    {"type":"https://parley.example/problems/not-found","title":"Not found","status":404,
                     "detail":"no link 'Zx3kQ9aBc1dE' was published"}""")))
    public Response follow(
            @Parameter(description = "the link's code, as published", example = "Zx3kQ9aBc1dE")
            @PathParam("code") String code,
            @HeaderParam("User-Agent") String userAgent) {
        String target = clicks.follow(code, !PreviewFetchers.isPreview(userAgent), clock.instant())
                .orElseThrow(() -> ProblemException.notFound("no link '" + io.parley.platform.problem.Excerpt.of(code)
                        + "' was published"));
        // Location as the catalogue wrote it (already a valid absolute URL), not re-encoded
        return Response.status(Response.Status.FOUND).header("Location", target).header("Cache-Control", "no-store")
                .build();
    }
}
