package io.parley.analytics.responsetimes;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Time to first response: the number that shows how a brand listens. */
@Path("/api/v1/metrics/response-times")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "Figures computed from the events")
public class ResponseTimesResource {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    @Inject
    ResponseTimeStore store;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Time to first response",
            description = "Count, median and 90th percentile of the time to first public response for conversations "
                    + "answered in [from, to) (default: the last 30 days), and the share within target.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Bad platform or time range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResponseTimes.View get(
            @Parameter(required = true, example = "acme") @QueryParam("brand") String brand,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "start, inclusive (ISO-8601 instant)") @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)") @QueryParam("to") String to) {
        access.require(brand);
        Optional<String> channel = QueryParams.platform("platform", platform).map(Platform::id);
        Instant end = QueryParams.optionalInstant("to", to).orElseGet(clock::instant);
        Instant start = QueryParams.optionalInstant("from", from).orElseGet(() -> end.minus(DEFAULT_WINDOW));
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        ResponseTimes.Figures f = store.figures(brand, channel, start, end);
        return new ResponseTimes.View(brand, channel.orElse(null), start, end, f.answered(), f.median(), f.p90(),
                f.withinTargetRate(), f.opened());
    }
}
