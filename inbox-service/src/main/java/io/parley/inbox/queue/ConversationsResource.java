package io.parley.inbox.queue;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationLifecycle;
import io.parley.inbox.conversations.ConversationStatus;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.conversations.Interaction;
import io.parley.inbox.conversations.InteractionHistory;
import io.parley.inbox.replies.ReplyService;
import io.parley.inbox.search.SearchText;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The inbox queue and its conversations. */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "The response inbox: every interaction, grouped by thread, due by target")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
public class ConversationsResource {

    static final int DEFAULT_LIMIT = QueuePages.DEFAULT_LIMIT;
    static final int MAX_LIMIT = QueuePages.MAX_LIMIT;

    @Inject
    PageLimits pageLimits;

    @Inject
    Conversations conversations;

    @Inject
    ConversationLifecycle lifecycle;

    @Inject
    InteractionHistory history;

    @Inject
    ReplyService replies;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @Inject
    io.parley.inbox.stories.StoryLinks stories;

    @GET
    @Operation(summary = "List conversations, in one of four orders",
            description = "The queue: conversations of the caller's brands only, in the order `sort` names (default "
                    + "due: soonest due first; newest: latest customer message first; oldest: the longest quiet "
                    + "first; priority: urgent, high, normal, low, each soonest due first), cursor-paginated. Pass a "
                    + "page's nextCursor (with the same filters and sort) to get the next page; nextCursor is null on "
                    + "the last page, and a cursor of another order is refused. The first page says how many the "
                    + "listing holds: `total`, counted exactly up to 10,000 and above that PostgreSQL's estimate "
                    + "(`totalIsEstimate`: true). Filters combine with AND; status=new,open is the open queue (read "
                    + "from an index in each order). q searches everything the customer wrote, in any inflected form "
                    + "of its words (docs/inbox.md#search).")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.Page.class),
                    examples = @ExampleObject(name = "open queue", value = Examples.CONVERSATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status, platform, moment, sentiment or sort; bad "
            + "language, limit, dueWithinMinutes, breached, abusive, spam, q, incident or cursor (the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown status", value = Examples.INVALID_STATUS)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public ConversationViews.Page list(
            @Parameter(description = "only conversations in these statuses, comma-separated: new, open, "
                    + "pending_customer, answered, resolved (default: any). new,open is the open queue",
                    example = "new,open") @QueryParam("status") String status,
            @Parameter(description = "only this brand (default: all of the caller's)", example = "acme")
            @QueryParam("brand") String brand,
            @Parameter(description = "only this network", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "only this channel account of the brand (the platform's page/account id)",
                    example = "1234567890") @QueryParam("channelAccount") String channelAccount,
            @Parameter(description = "only this moment of truth: complaint, question, suggestion or praise",
                    example = "complaint") @QueryParam("moment") String moment,
            @Parameter(description = "only this language (ISO 639-1, from enrichment)", example = "pl")
            @QueryParam("language") String language,
            @Parameter(description = "only this sentiment of the latest message: positive, neutral or negative",
                    example = "negative") @QueryParam("sentiment") String sentiment,
            @Parameter(description = "only conversations owned by this user; 'me' for the caller", example = "me")
            @QueryParam("assignee") String assignee,
            @Parameter(description = "only conversations owned by this team", example = "care-pl")
            @QueryParam("team") String team,
            @Parameter(description = "only conversations waiting for the brand (new, open) and due within this many "
                    + "minutes from now, not yet overdue (1 to " + QueueParameters.MAX_DUE_WITHIN + ")",
                    example = "15") @QueryParam("dueWithinMinutes") Integer dueWithinMinutes,
            @Parameter(description = "true: only conversations waiting for the brand past their due time (breached);"
                    + " false: all others", example = "true") @QueryParam("breached") String breached,
            @Parameter(description = "full-text search in everything the customer wrote; every word must match, in "
                    + "any inflected form (English, Polish, Greek, Russian stems); at most " + SearchText.MAX_QUERY
                    + " characters", example = "zamówienie") @QueryParam("q") String q,
            @Parameter(description = "only the conversations an incident gathered (its id)",
                    example = "0c8c27c8-9d63-43a9-b81a-25f42c210258") @QueryParam("incident") String incident,
            @Parameter(description = "only the conversations under this story's published posts",
                    example = "9b2c7e1a-3d4f-4a5b-8c6d-7e8f9a0b1c2d") @QueryParam("storyId") String storyId,
            @Parameter(description = "true: only conversations enrichment read as abusive (some customer message was); "
                    + "false: only the others", example = "true") @QueryParam("abusive") String abusive,
            @Parameter(description = "true: only conversations read as spam (every customer message was); false: "
                    + "leave spam out", example = "false") @QueryParam("spam") String spam,
            @Parameter(description = "the order: due (default), newest, oldest or priority", example = "newest")
            @QueryParam("sort") String sort,
            @Parameter(description = "page size, 1 to " + MAX_LIMIT, example = "50") @QueryParam("limit")
            @DefaultValue("" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Set<String> brands = brand == null ? access.brands() : Set.of(access.require(brand));
        ConversationFilter filter = QueueParameters.filter(QueueParameters.given("status", status, "platform", platform,
                "channelAccount", channelAccount, "moment", moment, "language", language, "sentiment", sentiment,
                "assignee", assignee, "team", team, "dueWithinMinutes",
                dueWithinMinutes == null ? null : dueWithinMinutes.toString(), "breached", breached, "q", q,
                "incident", incident, "storyId", storyId, "abusive", abusive, "spam", spam), "", a ->
                a.equals("me") ? access.userName() : a);
        return pages.page(brands, filter, QueueOrder.parse("sort", sort), cursor, limit);
    }

    @Inject
    QueuePages pages;

    @GET
    @Path("/{id}")
    @Operation(summary = "A conversation with its interactions and replies",
            description = "Interactions in the order Parley heard them, each text exactly as the customer wrote it; "
                    + "replies in the order they were written, with their delivery state.")
    @APIResponse(responseCode = "200", description = "The conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.Detail.class),
                    examples = @ExampleObject(name = "answered", value = Examples.CONVERSATION)))
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
                history.revisions(interactions.stream().map(i -> i.id).toList()), replies.of(id), clock.instant(),
                stories.of(c));
    }

    /** A status change asked for by hand. */
    @Schema(name = "StatusChange")
    public record StatusChange(
            @jakarta.validation.constraints.NotNull
            @Schema(required = true, description = "the status to move to: open, pending_customer or resolved (as "
                    + "the transition table allows)", example = "pending_customer") ConversationStatus status,
            @jakarta.validation.constraints.Size(max = 1000)
            @Schema(description = "why, for the audit trail (optional, at most 1000 characters)",
                    example = "asked for the order number") String reason) {
    }

    @jakarta.ws.rs.PUT
    @Path("/{id}/status")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a conversation's status",
            description = "Moves the conversation as the transition table allows (docs/inbox.md#statuses): new → "
                    + "open, pending_customer, resolved; open → pending_customer, resolved; pending_customer → "
                    + "open, resolved; answered → open, pending_customer, resolved; resolved → open. answered is "
                    + "reached only by a delivered reply, new only on arrival. Reopening (to open from "
                    + "pending_customer, answered or resolved) makes it due again from now. Recorded in the audit "
                    + "trail with the reason.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "wait for the customer", value = Examples.STATUS_CHANGE)))
    @APIResponse(responseCode = "200", description = "The conversation in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.Summary.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown status, reason too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown status", value = Examples.INVALID_STATUS)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown or another brand's",
                            value = Examples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong transition", value = Examples.WRONG_TRANSITION)))
    public ConversationViews.Summary changeStatus(@PathParam("id") UUID id,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull StatusChange change) {
        Conversation changed = lifecycle.changeStatus(id, access.brands(), change.status(),
                access.userName(), change.reason());
        return ConversationViews.summary(changed, clock.instant(), stories.of(changed));
    }

    @GET
    @Path("/{id}/author-history")
    @Operation(summary = "The author's other conversations",
            description = "What the same person said elsewhere, in the caller's brands only (never another "
                    + "brand's): conversations of the same account on the same network (any of the brands' channel "
                    + "accounts; match platform-id), and conversations under the same name on other networks (match "
                    + "name: possibly another person). Newest first, a page at a time (`limit`, and `cursor` from the "
                    + "previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "The author's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationViews.AuthorHistory.class),
                    examples = @ExampleObject(name = "two more", value = Examples.AUTHOR_HISTORY)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown or another brand's",
                            value = Examples.CONVERSATION_NOT_FOUND)))
    public ConversationViews.AuthorHistory authorHistory(@PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pageLimits);
        Conversation c = conversations.get(id, access.brands());
        return ConversationViews.history(c, conversations.authorHistory(c, access.brands(), cursor, size));
    }
}
