package io.parley.inbox.incidents;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.idempotency.Idempotency;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.time.TimeWindow;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A brand's incidents: the crisis banner, opening one by hand, bulk actions, closing. */
@Path("/api/v1/brands/{brand}/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Crises seen as one: a spike alert or a manager opens an incident that "
        + "gathers the related conversations and takes bulk actions on them")
public class IncidentsResource {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    @Inject
    IncidentService incidents;

    @Inject
    BrandAccess access;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Schema(name = "IncidentOpenRequest")
    public record OpenRequest(
            @NotBlank @Size(max = 200) @Schema(description = "what is going on", example = "Payment outage",
                    required = true) String title,
            @Schema(description = "gather interactions with this signal: complaint (moment of truth) or negative "
                    + "(sentiment)", example = "complaint") String signal,
            @Size(max = 20) @Schema(description = "gather interactions with any of these words (any inflected form)")
            List<@Size(max = 100) String> terms,
            @Schema(description = "window start (default: an hour before to)") String from,
            @Schema(description = "window end (default: now); at most 7 days after from") String to) {
    }

    @Schema(name = "IncidentAssignRequest")
    public record AssignRequest(
            @Size(max = 100) @Schema(description = "the team to own every conversation", example = "crisis") String team,
            @Size(max = 100) @Schema(description = "the person to own every conversation", example = "manager1")
            String assignee) {
    }

    @Schema(name = "IncidentHideRequest")
    public record HideRequest(
            @NotBlank @Schema(description = "abusive, spam, below_the_belt or legal", example = "abusive",
                    required = true) String reason,
            @Schema(description = "hide every visible interaction of the window, not only those enrichment read as "
                    + "abusive or spam (default false)") Boolean all) {
    }

    @Schema(name = "IncidentCloseRequest")
    public record CloseRequest(@Size(max = 2000) @Schema(description = "how it ended",
            example = "Payments restored at 10:40; apology posted.") String resolution) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The brand's incidents (the crisis banner)",
            description = "Newest first; state=open gives what the crisis banner shows. Every role of the brand reads "
                    + "them — editors and approvers too, who see the banner on the publishing screens; the incident's "
                    + "conversations and actions stay the care team's. A page at a time (`limit`, and `cursor` from "
                    + "the previous page's nextCursor, with the same state).")
    @APIResponse(responseCode = "200", description = "Incidents", content = @Content(
            schema = @Schema(implementation = IncidentViews.Page.class),
            examples = @ExampleObject(name = "banner", value = IncidentExamples.BANNER)))
    @APIResponse(responseCode = "400", description = "state is not open or closed, a limit out of range or a cursor "
            + "this listing did not hand out (the problem names the parameter)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<IncidentViews.View> list(@PathParam("brand") String brand,
            @Parameter(description = "open or closed (default: both)", example = "open") @QueryParam("state")
            String state,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pageLimits);
        if (state != null && !List.of("open", "closed").contains(state)) {
            throw ProblemException.invalid("state", "must be open or closed, was '" + state + "'");
        }
        return incidents.list(brand, Optional.ofNullable(state), cursor, size)
                .map(i -> IncidentViews.of(i, incidents.size(i.id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Open an incident by hand",
            description = "Gathers the brand's conversations (not yet in another incident) with an interaction in "
                    + "[from, to] that has the signal and/or any of the terms (stemmed: 'płatność' gathers "
                    + "'płatności'), and sets their incident.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OpenRequest.class),
            examples = @ExampleObject(name = "outage", value = IncidentExamples.OPEN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Opened, with the conversations gathered", content = @Content(
            schema = @Schema(implementation = IncidentViews.View.class),
            examples = @ExampleObject(name = "incident", value = IncidentExamples.INCIDENT)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, named in errors (a bad "
            + "Idempotency-Key too)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An Idempotency-Key used before for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Response open(@PathParam("brand") String brand, @Valid @NotNull OpenRequest request) {
        if (request.signal() != null && !IncidentMatching.SIGNALS.contains(request.signal())) {
            throw ProblemException.invalid("signal", "must be complaint or negative, was '" + request.signal() + "'");
        }
        List<String> terms = request.terms() == null ? List.of() : request.terms().stream()
                .filter(t -> t != null).flatMap(t -> Arrays.stream(t.strip().split("\\s+")))
                .filter(t -> !t.isBlank()).toList();
        if (request.signal() == null && terms.isEmpty()) {
            throw ProblemException.invalid("terms", "give terms, a signal, or both: an incident must know what to gather");
        }
        TimeWindow window = TimeWindow.endingAt(request.from(), request.to(), clock.instant(), DEFAULT_WINDOW,
                LONGEST_WINDOW);
        Incident i = incidents.open(brand, request.title().strip(), Optional.ofNullable(request.signal()), terms,
                window.from(), window.to(), access.userName());
        return Response.created(UriBuilder.fromPath("/api/v1/brands/{brand}/incidents/{id}").build(brand, i.id))
                .entity(IncidentViews.of(i, incidents.size(i.id))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One incident", description = "With the number of conversations gathered. Every role of the "
            + "brand reads it, as the list.")
    @APIResponse(responseCode = "200", description = "The incident", content = @Content(
            schema = @Schema(implementation = IncidentViews.View.class),
            examples = @ExampleObject(name = "incident", value = IncidentExamples.INCIDENT)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public IncidentViews.View get(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        Incident i = incidents.get(brand, id);
        return IncidentViews.of(i, incidents.size(i.id));
    }

    @GET
    @Path("/{id}/conversations")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The incident's conversations",
            description = "The conversations the incident gathered, as the queue lists them (the same summaries: "
                    + "customer, first words, status, due time, owner, enrichment's flags), soonest due first unless "
                    + "`sort` says otherwise, cursor-paginated like the queue: pass a page's nextCursor (with the same "
                    + "sort) for the next; the first page says how many there are (`total`). The hook for a grouped "
                    + "answer: one public statement posted to each.")
    @APIResponse(responseCode = "200", description = "A page of the incident's conversations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = io.parley.inbox.queue.ConversationViews.Page.class),
            examples = @ExampleObject(name = "conversations", value = Examples.CONVERSATION_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad limit, sort or cursor (the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad limit", value = Examples.INVALID_LIMIT)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public io.parley.inbox.queue.ConversationViews.Page conversations(@PathParam("brand") String brand,
            @PathParam("id") UUID id,
            @Parameter(description = "the order: due (default), newest, oldest or priority", example = "due")
            @QueryParam("sort") String sort,
            @Parameter(description = "page size, 1 to " + io.parley.inbox.queue.QueuePages.MAX_LIMIT,
                    example = "50") @QueryParam("limit")
            @DefaultValue("" + io.parley.inbox.queue.QueuePages.DEFAULT_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        incidents.get(brand, id);
        return pages.page(Set.of(brand), io.parley.inbox.queue.QueueParameters.filter(
                java.util.Map.of("incident", id.toString()), "", a -> a),
                io.parley.inbox.queue.QueueOrder.parse("sort", sort), cursor, limit);
    }

    @Inject
    io.parley.inbox.queue.QueuePages pages;

    @Inject
    PageLimits pageLimits;

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "What was done on the incident", description = "Every gather and bulk action: who, when, "
            + "what and how many, oldest first; a page at a time (`limit`, and `cursor` from the previous page's "
            + "nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of actions", content = @Content(schema = @Schema(
            implementation = IncidentViews.ActionPage.class),
            examples = @ExampleObject(name = "assigned", value = "{\"items\":[" + IncidentExamples.BULK_RESULT
                    + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<IncidentViews.Action> actions(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return incidents.actions(brand, id, cursor, QueryParams.limit(limit, pageLimits)).map(IncidentViews::of);
    }

    @POST
    @Path("/{id}/gather")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Gather again, up to now", description = "An open incident's window grows to now and "
            + "conversations that joined the crisis since are gathered.")
    @APIResponse(responseCode = "200", description = "The incident", content = @Content(
            schema = @Schema(implementation = IncidentViews.View.class),
            examples = @ExampleObject(name = "incident", value = IncidentExamples.INCIDENT)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The incident is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "closed", value = IncidentExamples.CLOSED)))
    public IncidentViews.View gather(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        incidents.regather(brand, id, access.userName());
        return get(brand, id);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Give every conversation of the incident to a team and/or a person",
            description = "Sets the team and/or assignee of each; recorded as an action.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssignRequest.class),
            examples = @ExampleObject(name = "to the crisis team", value = IncidentExamples.ASSIGN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The recorded action", content = @Content(
            schema = @Schema(implementation = IncidentViews.Action.class),
            examples = @ExampleObject(name = "assigned", value = IncidentExamples.BULK_RESULT)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, named in errors", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The incident is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "closed", value = IncidentExamples.CLOSED)))
    public IncidentViews.Action assign(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Valid @NotNull AssignRequest request) {
        Optional<String> team = Optional.ofNullable(request.team()).map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> assignee = Optional.ofNullable(request.assignee()).map(String::strip)
                .filter(t -> !t.isEmpty());
        if (team.isEmpty() && assignee.isEmpty()) {
            throw ProblemException.invalid("team", "give a team, an assignee, or both");
        }
        incidents.assign(brand, id, team, assignee, access.userName());
        return last(brand, id);
    }

    @POST
    @Path("/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hide the incident's interactions, with a reason",
            description = "Asks the channel gateway to hide (OutboundActionRequested, action hide, on "
                    + "parley.outbound.v1) each visible interaction of the incident's conversations received in its "
                    + "window — only those read as abusive or spam unless all is true. Recorded with the reason. With an "
                    + "Idempotency-Key, a retry replays the first answer and asks the platform nothing again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HideRequest.class),
            examples = @ExampleObject(name = "abusive only", value = IncidentExamples.HIDE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The recorded action (affected = interactions asked to "
            + "hide); a retry with an Idempotency-Key seen before gets the first answer again (header "
            + "Idempotent-Replayed: true) and nothing is asked again",
            content = @Content(schema = @Schema(implementation = IncidentViews.Action.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, named in errors", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The incident is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "closed", value = IncidentExamples.CLOSED)))
    public Response hide(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Parameter(description = Idempotency.DESCRIPTION, example = "3f8e2c1a-hide-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull HideRequest request, @Context UriInfo uri) {
        return idempotency.once(access.userName(), "POST " + uri.getPath(), idempotencyKey, request,
                () -> Response.ok(hide(brand, id, request)).build());
    }

    private IncidentViews.Action hide(String brand, UUID id, HideRequest request) {
        if (!IncidentService.HIDE_REASONS.contains(request.reason())) {
            throw ProblemException.invalid("reason", "must be one of abusive, spam, below_the_belt, legal; was '"
                    + request.reason() + "'");
        }
        incidents.hide(brand, id, request.reason(), Boolean.TRUE.equals(request.all()), access.userName());
        return last(brand, id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Close (resolve) the incident", description = "It leaves the crisis banner; its "
            + "conversations keep their incident for the record.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CloseRequest.class)))
    @APIResponse(responseCode = "200", description = "The closed incident", content = @Content(
            schema = @Schema(implementation = IncidentViews.View.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such incident, or a brand that is not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The incident is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "closed", value = IncidentExamples.CLOSED)))
    public IncidentViews.View close(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Valid CloseRequest request) {
        Incident i = incidents.close(brand, id, request == null ? null : request.resolution(), access.userName());
        return IncidentViews.of(i, incidents.size(i.id));
    }

    private IncidentViews.Action last(String brand, UUID id) {
        return IncidentViews.of(incidents.lastAction(brand, id));
    }
}
