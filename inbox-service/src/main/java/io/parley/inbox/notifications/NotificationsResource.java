package io.parley.inbox.notifications;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The caller's notification centre and their choice of where they are told. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What people are told (breaches, approvals waiting, @mentions, channel "
        + "health, incidents): the notification centre, e-mail preferences and the brands' outgoing webhooks")
@RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
public class NotificationsResource {

    @Inject
    PageLimits pages;

    @Inject
    Centre centre;

    @Inject
    Preferences preferences;

    @Inject
    BrandAccess access;

    @Schema(name = "NotificationPage", description = "A page of the caller's notifications, newest first; pass "
            + "nextCursor as cursor (with the same unread) for the next")
    public record PageView(@Schema(required = true) List<Centre.Item> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor,
            @Schema(description = "how many of the caller's notifications are unread (all pages)") long unread) {
    }

    @Schema(name = "Marked", description = "How many notifications were marked read")
    public record Marked(int marked) {
    }

    @Schema(name = "NotificationPreference", description = "Where one kind of notification reaches the caller")
    public record PreferenceView(
            @Schema(description = "conversation_breached, approval_waiting, mentioned, channel_health or "
                    + "incident_opened", example = "mentioned", required = true) String kind,
            @Schema(description = "shown in the notification centre (and live in the console)", required = true)
            Boolean centre,
            @Schema(description = "sent by e-mail to the caller's address in the identity provider", required = true)
            Boolean email) {
    }

    @Schema(name = "NotificationPreferences", description = "The caller's choice for every kind")
    public record PreferencesView(@NotNull List<PreferenceView> preferences) {
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "My notifications", description = "The caller's notifications of the brands they can see, "
            + "newest first, a page at a time (`limit`, and `cursor` from the previous page's nextCursor), with "
            + "the count of unread ones. Each has a kind and the "
            + "parameters its title is worded from (the console words it in the reader's language), the console "
            + "path it links to, and whether it was read.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(
            schema = @Schema(implementation = PageView.class),
            examples = @ExampleObject(name = "one breach", value = NotificationExamples.PAGE)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No Parley role (an integrator's service account)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    public PageView list(
            @Parameter(description = "only unread ones") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        Centre.Page page = centre.page(access.userName(), access.brands(), cursor, QueryParams.limit(limit, pages),
                unread);
        return new PageView(page.items(), page.nextCursor(), page.unread());
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(summary = "Mark a notification read", description = "Marks one of the caller's notifications read; "
            + "marking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void read(@Parameter(description = "the notification") @PathParam("id") UUID id) {
        centre.markRead(access.userName(), id);
    }

    @POST
    @Path("/notifications/read-all")
    @Operation(summary = "Mark all my notifications read", description = "Marks every unread notification of the "
            + "caller read and says how many.")
    @APIResponse(responseCode = "200", description = "How many were marked", content = @Content(
            schema = @Schema(implementation = Marked.class),
            examples = @ExampleObject(name = "three", value = NotificationExamples.MARKED)))
    @APIResponse(responseCode = "403", description = "No Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    public Marked readAll() {
        return new Marked(centre.markAllRead(access.userName()));
    }

    @GET
    @Path("/notification-preferences")
    @Operation(summary = "My notification preferences", description = "For every kind, whether the caller gets it "
            + "in the notification centre and by e-mail. Until they choose: every kind in the centre and by e-mail.")
    @APIResponse(responseCode = "200", description = "Every kind's choice", content = @Content(
            schema = @Schema(implementation = PreferencesView.class),
            examples = @ExampleObject(name = "approvals without e-mail", value = NotificationExamples.PREFERENCES)))
    @APIResponse(responseCode = "403", description = "No Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    public PreferencesView preferences() {
        return view(new ArrayList<>(preferences.all(access.userName()).values()));
    }

    @PUT
    @Path("/notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose where I am told", description = "Sets, for the kinds named, whether the caller "
            + "gets them in the centre and by e-mail; kinds not named keep their choice. Applies to notifications "
            + "made from now on. A kind neither in the centre nor by e-mail is not kept at all.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreferencesView.class),
            examples = @ExampleObject(name = "no e-mail for approvals", value = NotificationExamples.PREFERENCES_REQUEST)))
    @APIResponse(responseCode = "200", description = "Every kind's choice now", content = @Content(
            schema = @Schema(implementation = PreferencesView.class),
            examples = @ExampleObject(name = "approvals without e-mail", value = NotificationExamples.PREFERENCES)))
    @APIResponse(responseCode = "400", description = "An unknown or repeated kind, or a missing centre or email "
            + "(the field is named)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    public PreferencesView choose(@NotNull PreferencesView request) {
        if (request.preferences() == null) {
            throw ProblemException.invalid("preferences", "is required");
        }
        List<Preferences.Choice> given = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.preferences().size(); i++) {
            PreferenceView p = request.preferences().get(i);
            String field = "preferences[" + i + "]";
            if (p == null) {
                throw ProblemException.invalid(field, "must not be null");
            }
            NotificationKind kind = NotificationKind.of(p.kind()).orElseThrow(() -> ProblemException.invalid(
                    field + ".kind", "is no kind; one of " + java.util.Arrays.stream(NotificationKind.values())
                            .map(NotificationKind::id).toList()));
            if (!seen.add(kind.id())) {
                throw ProblemException.invalid(field + ".kind", "'" + kind.id() + "' is named twice");
            }
            if (p.centre() == null) {
                throw ProblemException.invalid(field + ".centre", "is required");
            }
            if (p.email() == null) {
                throw ProblemException.invalid(field + ".email", "is required");
            }
            given.add(new Preferences.Choice(kind, p.centre(), p.email()));
        }
        return view(preferences.save(access.userName(), given));
    }

    private static PreferencesView view(List<Preferences.Choice> choices) {
        return new PreferencesView(choices.stream().map(c -> new PreferenceView(c.kind().id(), c.centre(),
                c.email())).toList());
    }
}
