package io.parley.calendar.approvals;

import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Keyset;
import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.StoryViews;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What waits for the signed-in approver, with what changed since they last looked. */
@Path("/api/v1/brands/{brand}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval", description = "Submission, decisions, skipped steps, cancellation")
public class ApprovalsResource {

    @Inject
    PageLimits pages;

    @Inject
    Caller caller;

    @Inject
    StoryService stories;

    @Inject
    StoryViews views;

    @Inject
    Clock clock;

    @Schema(name = "WaitingStory")
    public record StoryRef(UUID id, String title, String campaign) {
    }

    @Schema(name = "WaitingStep")
    public record StepRef(int index, String name) {
    }

    @Schema(name = "WaitingApproval", description = "A variant whose active step the caller may decide")
    public record Waiting(StoryRef story, StoryApi.VariantView variant, StepRef step, Instant waitingSince,
            @Schema(description = "what changed since the caller last opened this list with the variant in it; "
                    + "null the first time or when nothing changed") StoryApi.Diff diffSinceLastLook) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "WaitingApprovalPage", description = "A page of the variants waiting for the caller, longest waiting "
            + "first; pass nextCursor as cursor for the next")
    public record WaitingPage(@Schema(required = true) List<Waiting> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    /** The order of {@link #waiting} (waiting since, variant id), paged in memory, and its cursors' name. */
    static final Keyset<Candidate> APPROVALS = Keyset.<Candidate>ascending("approvals")
            .instant("since", Candidate::since).uuid("variantId", c -> c.variant().id);

    /** The sort key of a step without its start time: after every other. */
    private static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");

    private record Candidate(Variant variant, Workflow.Approval approval, Workflow.Step step, Instant since) {
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "What waits for my approval",
            description = "Variants in review whose active step the caller may decide (a listed user or role, or the "
                    + "step's escalateTo once escalated), not written or last changed by them, not yet decided by them "
                    + "in this round; longest waiting first (then by variant id), a page at a time (`limit`, and "
                    + "`cursor` from the previous page's nextCursor). Each carries the diff since the caller's last "
                    + "look; reading a page marks its variants seen.")
    @APIResponse(responseCode = "200", description = "A page of the waiting variants", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaitingPage.class),
            examples = @ExampleObject(name = "one waiting", value = Examples.APPROVALS)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Waiting> waiting(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        Workflow.Actor me = caller.actor();
        int size = QueryParams.limit(limit, pages);
        // Who may decide is read from each variant's workflow (JSON), so the brand's variants in review (index
        // variant_calendar, on brand) are filtered and ordered here by (waiting since, variant id), then paged by it.
        List<Candidate> candidates = new ArrayList<>();
        for (Variant v : Variant.<Variant>list("brand = ?1 and status = ?2", brand, VariantStatus.IN_REVIEW)) {
            Workflow.Approval approval = Approvals.approval(v);
            Workflow.Step step = approval == null ? null : approval.active();
            if (step == null || me.user().equals(v.author) || me.user().equals(v.lastEditor)
                    || !Workflow.mayDecide(step, me)
                    || step.decisions().stream().anyMatch(d -> !d.byExternal() && d.by().equals(me.user()))) {
                continue;
            }
            candidates.add(new Candidate(v, approval, step, step.activeSince() == null ? NEVER : step.activeSince()));
        }
        Page<Candidate> page = APPROVALS.pageInMemory(candidates, cursor, size);
        Instant now = clock.instant();
        return page.map(c -> {
            Variant v = c.variant();
            Workflow.Approval approval = c.approval();
            Workflow.Step step = c.step();
            Story s = Story.findById(v.storyId);
            ApprovalSeen seen = ApprovalSeen.findById(new ApprovalSeen.Key(me.user(), v.id));
            StoryApi.Diff diff = seen != null && seen.version < v.version
                    ? stories.diff(v.id, seen.version, v.version) : null;
            if (seen == null) {
                seen = new ApprovalSeen();
                seen.userName = me.user();
                seen.variantId = v.id;
                seen.version = v.version;
                seen.seenAt = now;
                seen.persist();
            }
            seen.version = v.version;
            seen.seenAt = now;
            return new Waiting(new StoryRef(s.id, s.title, s.campaign), views.variant(v),
                    new StepRef(approval.currentStep(), step.name()), step.activeSince(), diff);
        });
    }
}
