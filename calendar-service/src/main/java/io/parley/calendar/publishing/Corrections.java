package io.parley.calendar.publishing;

import io.parley.calendar.approvals.Approvals;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Corrections in the open (R3.6): a published variant is never deleted and reposted. A correction is a variant of its
 * own ({@code correctionOf} the published one) that goes through the approval workflow like any other; once approved
 * it is sent as an {@code EDIT_POST} of the post where the network allows edits, or — on a network that does not
 * (X) — as a correction reply under it. The published variant's versions keep the text before and after.
 */
@ApplicationScoped
public class Corrections {

    /** Networks whose API edits a published post's text (Instagram: the caption). */
    public static final Set<String> EDITABLE = Set.of("facebook", "linkedin", "vk", "telegram", "instagram");

    public static final String EDIT = "edit";
    public static final String REPLY = "reply";

    @Inject
    Clock clock;

    @Inject
    Instance<StoryService> stories;

    @Inject
    Instance<Approvals> approvals;

    @Inject
    OutboundRequests outbound;

    @Inject
    Audit audit;

    public static String kindFor(String platform) {
        return EDITABLE.contains(platform) ? EDIT : REPLY;
    }

    /** Asks for a correction of a published variant and submits it for approval; returns the correction. */
    @Transactional
    public Variant correct(String brand, UUID storyId, UUID variantId, String text, String reason,
            Workflow.Actor actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError("text", "is required: the corrected text (or, on X, the reply)"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new Problem.FieldError("reason", "is required: say what was wrong"));
        }
        if (!errors.isEmpty()) {
            throw StoryService.unprocessable(errors);
        }
        Variant v = stories.get().variant(brand, storyId, variantId);
        if (!VariantStatus.PUBLISHED.equals(v.status) || v.correctionOf != null) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status
                    + "; only a published post is corrected");
        }
        String kind = kindFor(v.platform);
        boolean edit = EDIT.equals(kind);
        StoryApi.NewVariant draft = new StoryApi.NewVariant(v.channelAccount, text, edit
                ? io.parley.calendar.stories.Json.readStrings(v.media).stream().map(UUID::fromString).toList()
                : List.of(), edit ? v.link : null, null, v.contentType, v.riskLevel, null);
        Variant c = stories.get().addVariant(brand, storyId, draft, actor);
        c.correctionOf = v.id;
        c.correctionKind = kind;
        c.correctionReason = reason;
        Instant now = clock.instant();
        audit.record(storyId, v.id, actor, "correction-requested", Map.of("correctionId", c.id.toString(), "kind",
                kind, "reason", reason), now);
        return approvals.get().submit(brand, storyId, c.id, List.of(), actor);
    }

    /** An approved correction goes out: the post's edit, or the correction reply under it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(Variant c, Instant now) {
        Variant v = Variant.findById(c.correctionOf);
        if (v == null || !VariantStatus.PUBLISHED.equals(v.status) || v.platformPostId == null) {
            c.status = VariantStatus.CANCELLED;
            audit.record(c.storyId, c.id, PublishScheduler.PARLEY, "cancelled", Map.of("reason",
                    "the post it corrects is no longer published"), now);
            return;
        }
        boolean edit = EDIT.equals(c.correctionKind);
        String kind = edit ? PublicationAction.EDIT : PublicationAction.CORRECTION_REPLY;
        c.publishRound = 1;
        c.status = VariantStatus.PUBLISHING;
        c.publicationState = Publication.PUBLISHING;
        outbound.request(v, kind, OutboundRequests.actionId(kind, c.id), 1, edit ? OutboundAction.EDIT_POST
                : OutboundAction.REPLY, v.platformPostId, c.text, null, List.of(), null, c.id, c.author, now);
        audit.record(c.storyId, v.id, PublishScheduler.PARLEY, "correction-sent", Map.of("correctionId",
                c.id.toString(), "kind", c.correctionKind), now);
    }
}
