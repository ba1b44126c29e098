package io.parley.analytics.publishing;

import io.parley.analytics.api.Examples;
import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.Optional;

/**
 * Publishing figures: per channel over a window, followers per day, the engagement rate with its base stated, and the
 * posts behind every figure, a page at a time.
 */
@Path("/api/v1/brands/{brand}/analytics/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing figures", description = "How the brand's published posts did, from the networks' figures")
public class PublishingResource {

    @Inject
    PublishingStore store;

    @Inject
    PublishingReports reports;

    @Inject
    BrandAccess access;

    @Inject
    PublishingConfig config;

    @Inject
    PageLimits pages;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Publishing figures per channel",
            description = "The posts the brand published in [from, to) summed, in all and per channel account, with "
                    + "their figures as the networks last reported them (lifetime totals: impressions, reach, "
                    + "reactions, comments, shares, views — null where a network does not give one), the "
                    + "click-throughs Parley's tracked redirect counted, engagements (reactions + comments + shares + "
                    + "click-throughs) and the engagement rate with its base stated (reach, else impressions, else "
                    + "views: the first every post counted has), and each account's followers per day (and the change "
                    + "per day) in the window — for a window over 92 days one point per UTC week, the week's last "
                    + "reading (followersEvery says day or week). The posts themselves, newest first, a page at a "
                    + "time: GET /api/v1/brands/{brand}/analytics/publishing/posts (every figure's postsHref). Without "
                    + "from: the 30 days before to; without to: now; at most 366 days. Sandbox accounts' figures are "
                    + "made up (sandbox: true on each post).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publishing.Report.class),
            examples = @ExampleObject(name = "per channel", value = PublishingExamples.BY_CHANNEL)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "empty window", value = PublishingExamples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Agents do not read publishing figures", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Publishing.Report figures(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant): posts published from then",
                    example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        access.require(brand);
        return reports.byChannel(brand, window(from, to));
    }

    @GET
    @Path("posts")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The posts behind a publishing figure",
            description = "The posts published in [from, to) — of one channel account or network when asked — with "
                    + "their figures, newest first (then by post), a page at a time (limit, and cursor from the previous "
                    + "page's nextCursor, with the same window and filters): the drill-down of every figure of "
                    + "GET /api/v1/brands/{brand}/analytics/publishing (its postsHref). Same window rules.")
    @APIResponse(responseCode = "200", description = "One page of posts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publishing.PostPage.class),
            examples = @ExampleObject(name = "one post", value = PublishingExamples.POSTS)))
    @APIResponse(responseCode = "400", description = "Bad, empty or too long window; unknown platform; a limit out of "
            + "range or a cursor this listing did not hand out", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "empty window", value = PublishingExamples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Agents do not read publishing figures", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<Publishing.PostFigures> posts(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "only this channel account (its id as the figures name it)",
                    example = "4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d") @QueryParam("channel") String channel,
            @Parameter(description = "only this network", example = "linkedin") @QueryParam("platform")
            String platform,
            @Parameter(description = "the cursor of the page to read (nextCursor of the one before)")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit "
                    + "(50)", example = "50") @QueryParam("limit") String limit) {
        access.require(brand);
        TimeWindow window = window(from, to);
        Optional<String> network = QueryParams.platform("platform", platform).map(Platform::id);
        if (channel != null && (channel.isBlank() || channel.length() > 200)) {
            throw ProblemException.invalid("channel", "must be a channel account id");
        }
        return store.posts(brand, window, Optional.ofNullable(channel), network, cursor,
                QueryParams.limit(limit, pages));
    }

    private TimeWindow window(String from, String to) {
        return TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(), config.longestWindow());
    }
}
