package io.parley.calendar.approvals;

import io.parley.calendar.api.Examples;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.StoryViews;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.platform.security.Roles;
import io.quarkus.panache.common.Sort;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** What waits for the signed-in approver, with what changed since they last looked. */
@Path("/api/v1/brands/{brand}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval", description = "Submission, decisions, skipped steps, cancellation")
public class ApprovalsResource {

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

    @Schema(name = "WaitingApprovals")
    public record ListView(List<Waiting> items, String nextCursor) {
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "What waits for my approval",
            description = "Variants in review whose active step the caller may decide (a listed user or role, or the "
                    + "step's escalateTo once escalated), not written or last changed by them, not yet decided by them "
                    + "in this round; longest waiting first. Each carries the diff since the caller's last look; opening "
                    + "the list marks them seen.")
    @APIResponse(responseCode = "200", description = "The waiting variants", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListView.class),
            examples = @ExampleObject(name = "one waiting", value = Examples.APPROVALS)))
    public ListView waiting(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") Integer limit) {
        String b = caller.brand(brand);
        Workflow.Actor me = caller.actor();
        int max = limit == null ? 50 : Math.max(1, Math.min(200, limit));
        List<Waiting> items = new ArrayList<>();
        List<Variant> inReview = Variant.list("brand = ?1 and status = ?2", Sort.by("updatedAt"), b,
                VariantStatus.IN_REVIEW);
        Instant now = clock.instant();
        for (Variant v : inReview) {
            Workflow.Approval approval = Approvals.approval(v);
            Workflow.Step step = approval == null ? null : approval.active();
            if (step == null || me.user().equals(v.author) || me.user().equals(v.lastEditor)
                    || !Workflow.mayDecide(step, me)
                    || step.decisions().stream().anyMatch(d -> !d.byExternal() && d.by().equals(me.user()))) {
                continue;
            }
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
            items.add(new Waiting(new StoryRef(s.id, s.title, s.campaign), views.variant(v),
                    new StepRef(approval.currentStep(), step.name()), step.activeSince(), diff));
        }
        items.sort(Comparator.comparing(Waiting::waitingSince, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ListView(items.size() > max ? items.subList(0, max) : items, null);
    }
}
