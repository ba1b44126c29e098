package io.parley.inbox.conversations;

import io.parley.contracts.Platform;
import io.parley.inbox.api.Examples;
import io.parley.inbox.replies.ReplyService;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The inbox queue and its conversations. */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "The response inbox: every interaction, grouped by thread, due by target")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
public class ConversationsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @Inject
    ConversationService conversations;

    @Inject
    InteractionHistory history;

    @Inject
    ReplyService replies;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "List conversations by due time",
            description = "The queue: conversations of the caller's brands only, soonest due first (then by id), "
                    + "cursor-paginated. Pass a page's nextCursor to get the next page; nextCursor is null on the "
                    + "last page.")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.Page.class),
                    examples = @ExampleObject(name = "open queue", value = Examples.CONVERSATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status or platform, bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown status", value = Examples.INVALID_STATUS)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public ConversationViews.Page list(
            @Parameter(description = "only conversations in this status: open or answered (default: any)",
                    example = "open") @QueryParam("status") String status,
            @Parameter(description = "only this brand (default: all of the caller's)", example = "acme")
            @QueryParam("brand") String brand,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "page size, 1 to " + MAX_LIMIT, example = "50") @QueryParam("limit")
            @DefaultValue("" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Set<String> brands = brand == null ? access.brands() : Set.of(access.require(brand));
        Optional<Platform> channel = QueryParams.platform("platform", platform);
        List<Conversation> page = conversations.queue(brands,
                Optional.ofNullable(status).map(ConversationStatus::parse), channel,
                Optional.ofNullable(cursor).map(QueueCursor::decode), limit + 1);
        Instant now = clock.instant();
        List<ConversationViews.Summary> items = page.stream().limit(limit)
                .map(c -> ConversationViews.summary(c, now)).toList();
        String next = page.size() > limit
                ? new QueueCursor(page.get(limit - 1).dueAt, page.get(limit - 1).id).encode() : null;
        return new ConversationViews.Page(items, next);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A conversation with its interactions and replies",
            description = "Interactions in the order Parley heard them, each text exactly as the customer wrote it; "
                    + "replies in the order they were written, with their delivery state.")
    @APIResponse(responseCode = "200", description = "The conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.Detail.class),
                    examples = @ExampleObject(name = "answered", value = Examples.CONVERSATION)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown or another brand's",
                            value = Examples.CONVERSATION_NOT_FOUND)))
    public ConversationViews.Detail get(@PathParam("id") UUID id) {
        Conversation c = conversations.get(id, access.brands());
        List<Interaction> interactions = conversations.interactions(id);
        return ConversationViews.detail(c, interactions,
                history.revisions(interactions.stream().map(i -> i.id).toList()), replies.of(id), clock.instant());
    }
}
