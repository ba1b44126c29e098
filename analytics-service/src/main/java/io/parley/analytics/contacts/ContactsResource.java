package io.parley.analytics.contacts;

import io.parley.analytics.api.Examples;
import io.parley.analytics.care.CareConfig;
import io.parley.analytics.care.CareExamples;
import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.Problem;
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

/** Meaningful contacts: questions answered, complaints settled, suggestions passed on, advocates, recommendations. */
@Path("/api/v1/brands/{brand}/analytics/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care figures", description = "How the brand's care performs: response, targets, resolution")
public class ContactsResource {

    @Inject
    ContactLedger ledger;


    @Inject
    CareConfig config;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Meaningful contacts",
            description = "What the brand's care achieved in [from, to), each counted at the time it happened: "
                    + "questions answered (first public response to a conversation a question opened), complaints "
                    + "settled (the complaint library), suggestions passed on (a note mentioning a colleague on a "
                    + "conversation a suggestion opened), advocates gained, recommendations requested, and "
                    + "recommendations obtained (the advocate's first praise or positive interaction after the "
                    + "request, within the window configured). Without "
                    + "from: the 30 days before to; without to: now; at most 366 days.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Contacts.View.class),
                    examples = @ExampleObject(name = "a month", value = CareExamples.CONTACTS)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Contacts.View contacts(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(),
                config.longestWindow());
        return ledger.count(brand, window);
    }
}
