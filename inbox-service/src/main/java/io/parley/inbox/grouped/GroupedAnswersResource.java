package io.parley.inbox.grouped;

import io.parley.inbox.api.Examples;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.idempotency.Idempotency;
import io.parley.platform.problem.BlockedByStandards;
import io.parley.inbox.replies.ReplyCheck;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One public statement for several conversations on one topic. */
@Path("/api/v1/brands/{brand}/grouped-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grouped answers", description = "One public statement, posted once per channel account, answering "
        + "every selected conversation")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class GroupedAnswersResource {

    static final int MAX_CONVERSATIONS = 500;

    @Inject
    io.parley.inbox.approvals.Holding holding;

    @Inject
    GroupedAnswerService grouped;

    @Inject
    ReplyCheck checks;

    @Inject
    BrandAccess access;

    @Inject
    Idempotency idempotency;

    @Schema(name = "GroupedAnswerRequest")
    public record GroupedAnswerRequest(
            @NotEmpty @Size(max = MAX_CONVERSATIONS) @Schema(required = true,
                    description = "the conversations it answers, 1 to 500, all of this brand") List<@NotNull UUID> conversationIds,
            @NotBlank @Size(max = 8000) @Schema(required = true, description = "the public statement",
                    example = "Wczorajsza awaria płatności jest naprawiona — przepraszamy! Zamówienia złożone "
                            + "między 14:00 a 16:00 realizujemy dziś.") String text) {
    }

    @Schema(name = "GroupedAnswerPost", description = "The statement on one channel account")
    public record PostView(UUID actionId, String platform, String channelAccountId,
            @Schema(description = "sending, delivered or failed") String status, String platformObjectId,
            String failureReason, Instant deliveredAt, List<UUID> conversationIds) {
    }

    @Schema(name = "GroupedAnswer")
    public record View(UUID id, String brand, String text, String createdBy, Instant createdAt,
            List<PostView> posts,
            @Schema(description = "the standards check's findings (warnings) per channel") Map<String, List<Map<String, Object>>> findings) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer several conversations with one public statement",
            description = "Checks the statement against the brand's standards on every channel involved (a block "
                    + "stops it: 422 with the findings; 503 when standards-service cannot answer), then publishes it "
                    + "once per channel account of the selected conversations (OutboundActionRequested publish_post "
                    + "on parley.outbound.v1) and links every conversation to it. A conversation is answered when "
                    + "its channel account's post is delivered (first-response time and ConversationAnswered as for "
                    + "a reply). Audited on every conversation. An agent held for reply approvals — by the brand, or "
                    + "by the team owning any selected conversation — cannot send one (403). With an Idempotency-Key, "
                    + "a retry replays the first answer and publishes nothing again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupedAnswerRequest.class),
            examples = @ExampleObject(name = "outage", value = Examples.GROUPED_ANSWER_REQUEST)))
    @APIResponse(responseCode = "201", description = "On its way; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "200", description = "A retry with an Idempotency-Key seen before (header "
            + "Idempotent-Replayed: true): the first answer's body, nothing sent again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "No conversations, too many, blank or too long text, a bad "
            + "Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin; an agent whose replies the "
            + "brand, or the team owning a selected conversation, holds for approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's brand, or a conversation not of this brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The brand's standards block the statement; an "
            + "Idempotency-Key used before for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = BlockedByStandards.Body.class)))
    @APIResponse(responseCode = "503", description = "standards-service could not check it; nothing was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("brand") String brand,
            @Parameter(description = Idempotency.DESCRIPTION, example = "3f8e2c1a-grouped-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull GroupedAnswerRequest request, @Context UriInfo uri) {
        access.require(brand);
        return idempotency.once(access.userName(), "POST " + uri.getPath(), idempotencyKey, request,
                () -> send(brand, request, uri));
    }

    private Response send(String brand, GroupedAnswerRequest request, UriInfo uri) {
        List<Conversation> selected = grouped.select(brand, access.brands(), request.conversationIds());
        // Read for the checks only: with an Idempotency-Key all of this is one transaction, and create locks each
        // conversation afresh (a copy kept from here would be checked against the version read now).
        selected.forEach(Conversation.getEntityManager()::detach);
        // A held agent's words go out only after a second person's approval: a statement is no way around it. The
        // rule is a single reply's: the team owning the conversation where its setting holds the author, else the brand.
        for (Conversation c : selected) {
            holding.rule(c, access.userName()).ifPresent(rule -> {
                throw new io.parley.platform.problem.ProblemException(io.parley.platform.problem.ProblemType.FORBIDDEN,
                        "your replies in " + brand + (rule.team() != null ? " (team " + rule.team() + ", conversation "
                        + c.id + ")" : "") + " wait for a second person's approval (reply approvals): a grouped "
                        + "answer cannot be sent by you; reply to each conversation, or ask an approver");
            });
        }
        Map<String, List<Map<String, Object>>> findings = new java.util.TreeMap<>();
        for (String channel : selected.stream().map(c -> c.platform).distinct().sorted().toList()) {
            ReplyCheck.Outcome check = checks.reply(brand, channel, request.text());
            if (check.blocks()) {
                throw check.blocked();
            }
            if (!check.findings().isEmpty()) {
                findings.put(channel, check.findings());
            }
        }
        GroupedAnswer g = grouped.create(brand, access.brands(), request.conversationIds(), request.text(),
                access.userName());
        return Response.created(uri.getAbsolutePathBuilder().path(g.id.toString()).build())
                .entity(view(g, findings)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A grouped answer and where its posts are",
            description = "The statement, the conversations it answers, and each post's outcome per channel account: "
            + "sent, delivered with its link on the network, or failed and why.")
    @APIResponse(responseCode = "200", description = "The grouped answer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such grouped answer of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public View get(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        access.require(brand);
        return view(grouped.get(brand, id), Map.of());
    }

    private View view(GroupedAnswer g, Map<String, List<Map<String, Object>>> findings) {
        return new View(g.id, g.brand, g.text, g.createdBy, g.createdAt, grouped.posts(g.id).stream()
                .map(p -> new PostView(p.actionId, p.platform, p.channelAccountId, p.status, p.platformObjectId,
                        p.failureReason, p.deliveredAt, grouped.conversationsOf(p.actionId))).toList(), findings);
    }
}
