package io.parley.analytics.volumes;

import io.parley.analytics.api.Examples;
import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What customers talk to the brand about (moments of truth) and how they feel, per day or hour. */
@Path("/api/v1/brands/{brand}/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "Figures computed from the events")
public class VolumesResource {

    @Inject
    VolumeStore store;

    @Inject
    VolumesConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("volumes")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Interactions by moment of truth",
            description = "Interactions heard on parley.interactions.v1 (comments, mentions, messages, reviews) whose "
                    + "platform time is in [from, to), counted per moment of truth as enrichment read it: complaint, "
                    + "question, suggestion, praise; spam apart; unclassified for those without a moment. Per UTC "
                    + "day or hour, every bucket of the window listed (zeros included). Without from: the 30 days "
                    + "before to; without to: now. At most 366 days by day, 31 days by hour.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Volumes.VolumesView.class),
                    examples = @ExampleObject(name = "two days", value = Examples.VOLUMES)))
    @APIResponse(responseCode = "400", description = "Unknown platform or bucket, bad, empty or too "
            + "long time window", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW),
                    @ExampleObject(name = "hours over too long a window", value = Examples.INVALID_HOURLY_WINDOW),
                    @ExampleObject(name = "unknown bucket", value = Examples.INVALID_BUCKET)}))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Volumes.VolumesView volumes(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "day (default) or hour, in UTC", example = "day") @QueryParam("bucket")
            String bucket) {
        Request r = request(platform, from, to, bucket);
        List<Volumes.VolumeBucket> buckets = store.volumes(brand, r.channel, r.window, r.bucket);
        long[] t = new long[7];
        for (Volumes.VolumeBucket b : buckets) {
            t[0] += b.complaint();
            t[1] += b.question();
            t[2] += b.suggestion();
            t[3] += b.praise();
            t[4] += b.spam();
            t[5] += b.unclassified();
            t[6] += b.total();
        }
        return new Volumes.VolumesView(brand, r.channel.orElse(null), r.window.from(), r.window.to(), r.bucket.id(),
                new Volumes.MomentCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6]), buckets);
    }

    @GET
    @Path("sentiment")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Sentiment over time",
            description = "Interactions whose platform time is in [from, to), counted as positive, neutral and "
                    + "negative as enrichment read them, and their mean sentiment score (-1 to 1; null when the "
                    + "bucket is empty), per UTC day or hour; spam is left out. The totals are over the whole "
                    + "window. Same window rules as the volumes.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Volumes.SentimentView.class),
                    examples = @ExampleObject(name = "two days", value = Examples.SENTIMENT)))
    @APIResponse(responseCode = "400", description = "Unknown platform or bucket, bad, empty or too "
            + "long time window", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW),
                    @ExampleObject(name = "hours over too long a window", value = Examples.INVALID_HOURLY_WINDOW),
                    @ExampleObject(name = "unknown bucket", value = Examples.INVALID_BUCKET)}))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Volumes.SentimentView sentiment(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "day (default) or hour, in UTC", example = "day") @QueryParam("bucket")
            String bucket) {
        Request r = request(platform, from, to, bucket);
        List<Volumes.SentimentBucket> buckets = store.sentiment(brand, r.channel, r.window, r.bucket);
        long pos = 0;
        long neu = 0;
        long neg = 0;
        double weighted = 0;
        for (Volumes.SentimentBucket b : buckets) {
            pos += b.positive();
            neu += b.neutral();
            neg += b.negative();
            if (b.averageScore() != null) {
                weighted += b.averageScore() * (b.positive() + b.neutral() + b.negative());
            }
        }
        long all = pos + neu + neg;
        Double average = all == 0 ? null : weighted / all;
        return new Volumes.SentimentView(brand, r.channel.orElse(null), r.window.from(), r.window.to(), r.bucket.id(),
                new Volumes.SentimentBucket(r.window.from(), pos, neu, neg, average), buckets);
    }

    private record Request(Optional<String> channel, TimeWindow window, Bucket bucket) {
    }

    private Request request(String platform, String from, String to, String bucket) {
        Optional<String> channel = QueryParams.platform("platform", platform).map(Platform::id);
        Bucket size = Bucket.of(bucket);
        TimeWindow window = TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(),
                config.longestWindow());
        if (size == Bucket.HOUR && Duration.between(window.from(), window.to())
                .compareTo(config.longestHourlyWindow()) > 0) {
            throw ProblemException.invalid("from", "hourly figures may span at most "
                    + config.longestHourlyWindow().toDays() + " days; ask for bucket=day");
        }
        return new Request(channel, window, size);
    }
}
