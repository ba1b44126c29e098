package io.parley.inbox.moderation;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.conversations.Interaction;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Moderation of what customers wrote: hide, unhide or delete on the platform, through the channel gateway
 * ({@code OutboundActionRequested} on parley.outbound.v1, in the transaction that records the request), with a
 * reason, by whom and when; completed by the gateway's delivery report. Also the per-brand rule that hides
 * comments classified abusive as they arrive.
 */
@ApplicationScoped
public class ModerationService {

    static final String DELIVERIES = "inbox.moderation.deliveries";
    public static final List<String> REASONS = List.of("abusive", "spam", "below_the_belt", "legal");
    /** Networks where a comment can be hidden (and shown again); elsewhere only deleted. */
    static final Set<Platform> HIDEABLE = Set.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.YOUTUBE);

    @Inject
    Conversations conversations;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    BatchMemo memo;

    @Inject
    ProcessedEvents processed;

    @Inject
    Clock clock;

    /** Asks the platform to hide, unhide or delete an interaction of the caller's brands. */
    @Transactional
    public ModerationAction request(UUID conversationId, UUID interactionId, Set<String> brands, String action,
            String reason, String actor) {
        Conversation c = conversations.getForUpdate(conversationId, brands);
        Interaction i = Interaction.findById(interactionId);
        if (i == null || !i.conversationId.equals(c.id)) {
            throw ProblemException.notFound("interaction " + interactionId + " does not exist in conversation "
                    + conversationId);
        }
        Platform platform = Platform.fromId(i.platform);
        if (!action.equals("delete") && !HIDEABLE.contains(platform)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, platform.id() + " cannot hide or unhide; "
                    + "delete the interaction instead");
        }
        if (i.state.equals("deleted")) {
            throw ProblemException.conflict("interaction " + interactionId + " is deleted");
        }
        if (action.equals("hide") && i.state.equals("hidden")) {
            throw ProblemException.conflict("interaction " + interactionId + " is already hidden");
        }
        if (action.equals("unhide") && !i.state.equals("hidden")) {
            throw ProblemException.conflict("interaction " + interactionId + " is not hidden");
        }
        if (ModerationAction.count("interactionId = ?1 and status = 'sending'", interactionId) > 0) {
            throw ProblemException.conflict("a moderation of interaction " + interactionId + " is still on its way");
        }
        return send(c, i, action, action.equals("unhide") ? null : reason, actor);
    }

    private ModerationAction send(Conversation c, Interaction i, String action, String reason, String actor) {
        Instant now = clock.instant();
        ModerationAction m = new ModerationAction();
        m.actionId = UUID.randomUUID();
        m.interactionId = i.id;
        m.conversationId = c.id;
        m.brand = c.brand;
        m.action = action;
        m.reason = reason;
        m.requestedBy = actor;
        m.requestedAt = now;
        m.status = "sending";
        m.persist();
        audit.record(c.id, c.brand, "moderation_requested", actor, AuditTrail.details("interactionId", i.id,
                "action", action, "reason", reason, "actionId", m.actionId));
        outbox.add(c.id.toString(), Event.of(StableIds.of("outbound", m.actionId.toString()), "inbox-service",
                c.brand, c.id.toString(), now, now, new OutboundActionRequested(m.actionId,
                        OutboundAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)), Platform.fromId(i.platform),
                        i.channelAccountId, i.platformObjectId, null, actor,
                        "conversation/" + c.id + "/moderation/" + m.actionId)));
        return m;
    }

    /**
     * The brand's rule: a comment enrichment classified abusive is hidden as it arrives, on networks that can
     * hide (direct messages are private and stay). Runs in the transaction that stores the interaction.
     */
    void onInteraction(@Observes Interaction i) {
        if (!i.abusive || i.kind.equals("direct_message") || !HIDEABLE.contains(Platform.fromId(i.platform))) {
            return;
        }
        ModerationRule rule = memo.remember("moderation-rule:" + i.brand, () -> ModerationRule.findById(i.brand));
        if (rule == null || !rule.autoHideAbusive) {
            return;
        }
        Conversation c = Conversation.findById(i.conversationId);
        send(c, i, "hide", "abusive", "rule:auto-hide-abusive");
    }

    /** Completes a moderation from the gateway's report; reports of other actions are not ours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(UUID eventId, DeliveryReported report) {
        ModerationAction m = ModerationAction.findById(report.actionId());
        if (m == null || !processed.claim(DELIVERIES, eventId) || !m.status.equals("sending")) {
            return;
        }
        m.completedAt = report.completedAt();
        if (report.outcome() == DeliveryOutcome.FAILED) {
            m.status = "failed";
            m.failureReason = report.reason();
            audit.record(m.conversationId, m.brand, "moderation_failed", AuditTrail.SYSTEM, AuditTrail.details(
                    "interactionId", m.interactionId, "action", m.action, "reason", report.reason()));
            return;
        }
        m.status = "done";
        Interaction i = Interaction.findById(m.interactionId);
        i.state = switch (m.action) {
            case "hide" -> "hidden";
            case "delete" -> "deleted";
            default -> "visible";
        };
        audit.record(m.conversationId, m.brand, "moderation_done", AuditTrail.SYSTEM, AuditTrail.details(
                "interactionId", m.interactionId, "action", m.action));
    }

    /** The listing of {@link #page}: (requested_at, action_id), index moderation_action_page. */
    static final Keyset<ModerationAction> MODERATIONS = Keyset.<ModerationAction>ascending("conversation-moderation")
            .instant("requestedAt", m -> m.requestedAt).uuid("actionId", m -> m.actionId);

    /** A page of a conversation's moderations, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<ModerationAction> page(UUID conversationId, Set<String> brands, String cursor, int limit) {
        conversations.get(conversationId, brands);
        return MODERATIONS.page((q, p, rows) -> ModerationAction.<ModerationAction>find(q, p).range(0, rows - 1).list(),
                "conversationId = :c", Map.of("c", conversationId), cursor,
                limit);
    }

    @Transactional
    public Optional<ModerationRule> rule(String brand) {
        return ModerationRule.findByIdOptional(brand);
    }

    @Transactional
    public ModerationRule setRule(String brand, boolean autoHideAbusive, String actor) {
        ModerationRule rule = ModerationRule.findById(brand);
        if (rule == null) {
            rule = new ModerationRule();
            rule.brand = brand;
        }
        rule.autoHideAbusive = autoHideAbusive;
        rule.updatedBy = actor;
        rule.updatedAt = clock.instant();
        rule.persist();
        return rule;
    }
}
