package io.parley.inbox.approvals;

import io.parley.inbox.api.Examples;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.problem.BlockedByStandards;
import io.parley.inbox.replies.Reply;
import io.parley.inbox.replies.ReplyCheck;
import io.parley.inbox.replies.ReplyViews;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reply approvals: the brand's setting, each team's own setting (which takes precedence for the team's conversations
 * where it holds the author), the brand's queue of held replies, and the approvers' decisions.
 */
@Path("/api/v1/brands/{brand}/reply-approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reply approvals", description = "Replies of the agents a brand or a team holds (new starters) wait for a "
        + "second person's approval before they are sent")
public class ReplyApprovalsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 8000;

    @Inject
    ReplyApprovals approvals;

    @Inject
    BrandAccess access;

    @Inject
    SecurityIdentity identity;

    @Inject
    ReplyCheck checks;

    @Inject
    Conversations conversations;

    @GET
    @Path("/setting")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "The brand's reply approvals setting",
            description = "Whose replies wait for approval (heldAgents), who may approve them (approvers; none named: "
                    + "anyone of the brand with the manager, admin or approver role), how many minutes approvers "
                    + "have (dueMinutes, 15 unless set), and the last 20 changes with who made them.")
    @APIResponse(responseCode = "200", description = "The setting",
            content = @Content(schema = @Schema(implementation = ApprovalViews.Setting.class),
                    examples = @ExampleObject(name = "acme", value = ApprovalExamples.SETTING)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or approver", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public ApprovalViews.Setting setting(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand) {
        return approvals.setting(brand);
    }

    @PUT
    @Path("/setting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace the brand's reply approvals setting",
            description = "Managers and admins name the agents whose replies wait for approval, the approvers and "
                    + "the due time. Everyone named must be someone who can see the brand (422 naming heldAgents[i] "
                    + "or approvers[i]); a held agent cannot be an approver. Recorded with who and when. Replies "
                    + "already waiting stay waiting; removing an agent holds their next replies no more.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApprovalViews.SettingRequest.class),
            examples = @ExampleObject(name = "a new starter", value = ApprovalExamples.SETTING_REQUEST)))
    @APIResponse(responseCode = "200", description = "The setting now in force",
            content = @Content(schema = @Schema(implementation = ApprovalViews.Setting.class),
                    examples = @ExampleObject(name = "acme", value = ApprovalExamples.SETTING)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or more than 200 names", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "Someone who cannot see the brand, a held approver, a blank "
            + "name, a due time outside 1 to 1440 minutes; nothing stored", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not of the brand", value = ApprovalExamples.NOT_BRAND_PERSON)))
    public ApprovalViews.Setting replace(@PathParam("brand") String brand,
            @Valid @NotNull ApprovalViews.SettingRequest request) {
        return approvals.replace(brand, request, access.userName());
    }

    @GET
    @Path("/teams/{team}/setting")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "A team's own reply approvals setting",
            description = "The team's new starters (heldAgents), approvers and due time for replies in the "
                    + "conversations it owns, and its last 20 changes; set=false when the team has none of its own. "
                    + "Precedence: a reply in a conversation the team owns is held under the team's setting when it "
                    + "holds the author (the team's approvers and due time); otherwise under the brand's setting when "
                    + "the brand holds the author. A team's setting adds holds and never releases an agent the brand "
                    + "holds.")
    @APIResponse(responseCode = "200", description = "The team's setting",
            content = @Content(schema = @Schema(implementation = ApprovalViews.TeamSetting.class),
                    examples = @ExampleObject(name = "night", value = ApprovalExamples.TEAM_SETTING)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or approver", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or no such team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such team", value = ApprovalExamples.NO_TEAM)))
    public ApprovalViews.TeamSetting teamSetting(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand,
            @Parameter(description = "the team's name", example = "night") @PathParam("team") String team) {
        return approvals.teamSetting(brand, team);
    }

    @PUT
    @Path("/teams/{team}/setting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Give a team its own reply approvals setting",
            description = "Managers and admins name the team's agents whose replies (in conversations the team owns) "
                    + "wait for approval, the team's approvers and due time. Validated as the brand's setting: "
                    + "everyone named must be someone who can see the brand (422 naming heldAgents[i] or "
                    + "approvers[i]), a held agent cannot be an approver, the due time 1 to 1440 minutes; nothing "
                    + "stored on a 422. Recorded with who and when. Precedence: the team's setting where it holds the "
                    + "author, else the brand's.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApprovalViews.SettingRequest.class),
            examples = @ExampleObject(name = "a night-shift new starter", value = ApprovalExamples.TEAM_SETTING_REQUEST)))
    @APIResponse(responseCode = "200", description = "The team's setting now in force",
            content = @Content(schema = @Schema(implementation = ApprovalViews.TeamSetting.class),
                    examples = @ExampleObject(name = "night", value = ApprovalExamples.TEAM_SETTING)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or more than 200 names", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or no such team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such team", value = ApprovalExamples.NO_TEAM)))
    @APIResponse(responseCode = "422", description = "Someone who cannot see the brand, a held approver, a blank "
            + "name, a due time outside 1 to 1440 minutes; nothing stored", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not of the brand", value = ApprovalExamples.NOT_BRAND_PERSON)))
    public ApprovalViews.TeamSetting replaceTeam(@PathParam("brand") String brand, @PathParam("team") String team,
            @Valid @NotNull ApprovalViews.SettingRequest request) {
        return approvals.replaceTeam(brand, team, request, access.userName());
    }

    @DELETE
    @Path("/teams/{team}/setting")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a team's own reply approvals setting",
            description = "The brand's setting applies to the team's conversations again. Recorded as a change "
                    + "(removed=true) with who and when. Replies already waiting stay waiting and are decided under "
                    + "the brand's setting. Removing the team removes its setting too.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, no such team, or the team has "
            + "no setting of its own", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no such team", value = ApprovalExamples.NO_TEAM)))
    public void removeTeam(@PathParam("brand") String brand, @PathParam("team") String team) {
        approvals.removeTeam(brand, team, access.userName());
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "The brand's approvals queue",
            description = "Held replies waiting for a decision, the soonest approval due time first, each with its "
                    + "conversation (whose own response-time due time keeps counting while the reply waits) and an "
                    + "overdue flag; counts of all waiting and overdue ones. Paged with nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(schema = @Schema(implementation = ApprovalViews.Page.class),
                    examples = @ExampleObject(name = "one waiting", value = ApprovalExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A bad limit or cursor, named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or approver", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public ApprovalViews.Page queue(@PathParam("brand") String brand,
            @Parameter(description = "items per page, 1 to 200 (50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return approvals.queue(brand, QueryParams.limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT),
                Optional.ofNullable(cursor).filter(c -> !c.isEmpty()));
    }

    @POST
    @Path("/{replyId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "Approve a held reply (optionally edited)",
            description = "The reply is checked against the brand's standards again (the approver's text when "
                    + "given: edit-and-approve) and sent exactly as any reply, in its author's name "
                    + "(OutboundActionRequested on parley.outbound.v1); the approver is recorded in the reply and "
                    + "the audit trail, and ReplyApprovalDecided goes to parley.inbox.v1. Never the author's own "
                    + "reply, nor by a held agent (403).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApprovalViews.DecisionRequest.class),
            examples = @ExampleObject(name = "edit and approve", value = ApprovalExamples.APPROVE)))
    @APIResponse(responseCode = "200", description = "Approved: the reply is on its way",
            content = @Content(schema = @Schema(implementation = ReplyViews.ReplyView.class),
                    examples = @ExampleObject(name = "approved", value = ApprovalExamples.APPROVED)))
    @APIResponse(responseCode = "400", description = "A blank or too long text or comment, named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller wrote it, is held, is not among the named approvers "
            + "(or, none named, not a manager, admin or approver), or gave an overrideReason without the approver role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "own reply", value = ApprovalExamples.OWN_REPLY)))
    @APIResponse(responseCode = "404", description = "No such held reply in the brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApprovalExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already approved or rejected", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "decided", value = ApprovalExamples.DECIDED)))
    @APIResponse(responseCode = "422", description = "The brand's standards block the text; nothing was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = BlockedByStandards.Body.class),
                    examples = @ExampleObject(name = "blocked", value = Examples.REPLY_BLOCKED)))
    @APIResponse(responseCode = "503", description = "standards-service could not check the text; nothing was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = Examples.STANDARDS_UNAVAILABLE)))
    public ReplyViews.ReplyView approve(@PathParam("brand") String brand, @PathParam("replyId") UUID replyId,
            @Valid ApprovalViews.DecisionRequest request) {
        ApprovalViews.DecisionRequest r = request == null ? new ApprovalViews.DecisionRequest(null, null, null)
                : request;
        if (r.text() != null && (r.text().isBlank() || r.text().length() > MAX_TEXT)) {
            throw ProblemException.invalid("text", "must be 1 to " + MAX_TEXT + " characters, not blank, when given");
        }
        String comment = optional("comment", r.comment());
        String override = optional("overrideReason", r.overrideReason());
        if (override != null && !identity.hasRole(Roles.APPROVER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only an approver may override the brand's standards");
        }
        Reply held = approvals.requireDecider(brand, replyId, access.userName(), identity.getRoles());
        Conversation conversation = conversations.get(held.conversationId, Set.of(brand));
        String text = r.text() != null ? r.text() : held.text;
        ReplyCheck.Outcome check = checks.reply(brand, conversation.platform, text); // again, at approval
        if (check.blocks() && override == null) {
            throw check.blocked();
        }
        return ReplyViews.reply(approvals.approve(brand, replyId, access.userName(),
                Optional.ofNullable(r.text()), check, comment, override));
    }

    @POST
    @Path("/{replyId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "Reject a held reply with a comment",
            description = "The reply goes back to its author (status rejected, the text kept, the comment shown); "
                    + "nothing is sent and the conversation stays theirs. ReplyApprovalDecided (rejected) goes to "
                    + "parley.inbox.v1; recorded in the audit trail. Who may reject: as for approving.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApprovalViews.DecisionRequest.class),
            examples = @ExampleObject(name = "reject", value = ApprovalExamples.REJECT)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ReplyViews.ReplyView.class)))
    @APIResponse(responseCode = "400", description = "No comment, a blank or too long one (field comment)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller wrote it, is held, or may not approve replies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "own reply", value = ApprovalExamples.OWN_REPLY)))
    @APIResponse(responseCode = "404", description = "No such held reply in the brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApprovalExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already approved or rejected", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "decided", value = ApprovalExamples.DECIDED)))
    public ReplyViews.ReplyView reject(@PathParam("brand") String brand, @PathParam("replyId") UUID replyId,
            @Valid ApprovalViews.DecisionRequest request) {
        String comment = request == null ? null : optional("comment", request.comment());
        if (comment == null) {
            throw ProblemException.invalid("comment", "is required to reject: tell the author what to change");
        }
        approvals.requireDecider(brand, replyId, access.userName(), identity.getRoles());
        return ReplyViews.reply(approvals.reject(brand, replyId, access.userName(), comment));
    }

    private static String optional(String field, String value) {
        if (value != null && value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank when given");
        }
        return value;
    }
}
