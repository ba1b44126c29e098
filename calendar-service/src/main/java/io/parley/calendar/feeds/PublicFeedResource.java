package io.parley.calendar.feeds;

import io.parley.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feed a calendar app subscribes to. Public like the reviewers' pages: the token in the query is the credential
 * (permission {@code feeds} in application.properties).
 */
@Path("/api/v1/brands/{brand}/calendar.ics")
@Tag(name = "Calendar feeds")
public class PublicFeedResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    Feeds feeds;

    @GET
    @Produces({TEXT_CALENDAR, Problem.MEDIA_TYPE})
    @Operation(summary = "The iCalendar feed behind a secret URL (no sign-in)",
            description = "RFC 5545, UTF-8: one VEVENT per planned variant from 90 days back to a year ahead (not "
                    + "cancelled, expired or deleted), UID <variantId>@parley, SEQUENCE its version, DTSTART in the "
                    + "brand's zone with its VTIMEZONE (DST rules), STATUS tentative until approved, a link to the story "
                    + "in the console. Unknown token (or another brand's) 404, revoked 410.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = TEXT_CALENDAR,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "one post", value = FeedExamples.FEED)))
    @APIResponse(responseCode = "404", description = "No feed with that token for the brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = FeedExamples.NOT_FOUND)))
    @APIResponse(responseCode = "410", description = "The feed was revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "revoked", value = FeedExamples.GONE)))
    public Response feed(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the feed's secret token", required = true) @QueryParam("token") String token) {
        return Response.ok(feeds.render(brand, token), TEXT_CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"" + brand.replaceAll("[^A-Za-z0-9_-]", "") + ".ics\"")
                .build();
    }
}
