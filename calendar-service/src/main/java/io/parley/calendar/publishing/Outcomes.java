package io.parley.calendar.publishing;

import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.PostsTopic;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.posts.VariantCorrected;
import io.parley.contracts.posts.VariantDeleted;
import io.parley.contracts.posts.VariantPublishFailed;
import io.parley.contracts.posts.VariantPublished;
import io.parley.platform.kafka.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the gateway's delivery reports mean for the calendar. Every report about one of its actions is kept in the
 * ledger once (a repeated report — same action, attempt and outcome — changes nothing); the first final report
 * (delivered or failed) settles the action, and a later one is kept but changes nothing. A publish that is
 * delivered makes the variant {@code published} (post id, permalink, time, delay; its first comment asked for), a
 * failed one {@code failed} with what to do; delayed and unknown show on the publication while it waits. An edit or
 * correction reply delivered applies the correction; a deletion delivered makes the variant {@code deleted}.
 */
@ApplicationScoped
public class Outcomes {

    static final String CONSUMER = "calendar.deliveries";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProcessedEvents processed;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Inject
    StoryService stories;

    @Inject
    OutboundRequests outbound;

    @Inject
    PublishingConfig config;

    /** Applies one report (in the consumer's transaction); reports of other services' actions are not ours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reported(UUID eventId, DeliveryReported r) {
        if (r.origin() == null || !r.origin().startsWith(OutboundRequests.ORIGIN_PREFIX) || r.outcome() == null) {
            return;
        }
        PublicationAction a = em.find(PublicationAction.class, r.actionId(), LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !processed.claim(CONSUMER, eventId)) {
            return;
        }
        Instant now = clock.instant();
        Instant at = r.completedAt() != null ? r.completedAt() : now;
        int kept = em.createNativeQuery("""
                INSERT INTO publication_report (action_id, attempt, outcome, failure, reason, platform_object_id,
                    permalink, retry_at, sandbox, at, received_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING""")
                .setParameter(1, a.actionId).setParameter(2, r.attempt()).setParameter(3, r.outcome().id())
                .setParameter(4, failure(r)).setParameter(5, r.reason()).setParameter(6, r.platformObjectId())
                .setParameter(7, r.permalink()).setParameter(8, r.retryAt()).setParameter(9, r.sandbox())
                .setParameter(10, at).setParameter(11, now).executeUpdate();
        if (kept == 0 || a.isFinal()) {
            return; // the same report again, or one after the action was settled: kept once, changes nothing
        }
        a.state = r.outcome().id();
        a.failure = failure(r);
        a.reason = r.reason();
        a.retryAt = r.retryAt();
        if (r.outcome() == DeliveryOutcome.DELIVERED) {
            a.platformObjectId = r.platformObjectId();
            a.permalink = r.permalink();
        }
        if (r.outcome().isFinal()) {
            a.completedAt = at;
        }
        Variant v = em.find(Variant.class, a.variantId, LockModeType.PESSIMISTIC_WRITE);
        switch (a.kind) {
            case PublicationAction.PUBLISH -> publish(v, a, r, at, now);
            case PublicationAction.FIRST_COMMENT -> firstComment(v, a, r);
            case PublicationAction.EDIT, PublicationAction.CORRECTION_REPLY -> correction(v, a, r, at, now);
            case PublicationAction.DELETE -> deletion(v, a, r, at, now);
            default -> {
            }
        }
    }

    private void publish(Variant v, PublicationAction a, DeliveryReported r, Instant at, Instant now) {
        if (v.publishRound != a.round || !VariantStatus.PUBLISHING.equals(v.status)) {
            return; // a report of an earlier round: the ledger has it, the variant has moved on
        }
        v.publishFailure = failure(r);
        v.publishReason = r.reason();
        v.publishRetryAt = r.retryAt();
        switch (r.outcome()) {
            case DELAYED -> v.publicationState = Publication.DELAYED;
            case UNKNOWN -> v.publicationState = Publication.UNKNOWN;
            case DELIVERED -> {
                v.status = VariantStatus.PUBLISHED;
                v.publicationState = Publication.PUBLISHED;
                v.platformPostId = r.platformObjectId();
                v.permalink = r.permalink();
                v.publishedAt = at;
                v.publishFailure = null;
                v.publishReason = null;
                v.publishRetryAt = null;
                long delay = v.scheduledFor == null ? 0 : Duration.between(v.scheduledFor, at).toSeconds();
                bump(v, now);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("platformPostId", String.valueOf(v.platformPostId));
                detail.put("permalink", String.valueOf(v.permalink));
                detail.put("delaySeconds", delay);
                audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "published", detail, now);
                Story s = Story.findById(v.storyId);
                topic.publish(v.brand, v.storyId, new VariantPublished(v.storyId, s.title, v.id, v.channelAccount,
                        Platform.fromId(v.platform), v.platformPostId, v.permalink, v.scheduledFor, at, delay,
                        r.sandbox()), now);
                askFirstComment(v, at, now);
            }
            case FAILED -> {
                v.status = VariantStatus.FAILED;
                v.publicationState = Publication.FAILED;
                v.publishRetryAt = null;
                bump(v, now);
                String advice = WhatToDo.advice(Publication.FAILED, v.publishFailure, v.platform);
                audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "publish-failed", Map.of("failure",
                        String.valueOf(v.publishFailure), "reason", String.valueOf(v.publishReason)), now);
                Story s = Story.findById(v.storyId);
                topic.publish(v.brand, v.storyId, new VariantPublishFailed(v.storyId, s.title, v.id,
                        v.channelAccount, Platform.fromId(v.platform), v.scheduledFor, r.failure(), r.reason(),
                        advice, at), now);
            }
        }
    }

    /** The first comment, as a reply to the new post after its delay (the gateway holds it until notBefore). */
    private void askFirstComment(Variant v, Instant publishedAt, Instant now) {
        if (v.firstComment == null || v.firstComment.isBlank() || v.platformPostId == null) {
            return;
        }
        Duration delay = v.firstCommentDelay != null ? Duration.ofMinutes(v.firstCommentDelay)
                : config.firstCommentDelay();
        outbound.request(v, PublicationAction.FIRST_COMMENT, OutboundRequests.actionId(PublicationAction.FIRST_COMMENT,
                v.id, v.publishRound), v.publishRound, OutboundAction.REPLY, v.platformPostId, v.firstComment, null,
                List.of(), publishedAt.plus(delay), null, PublishScheduler.PARLEY.user(), now);
        v.firstCommentState = FirstComment.REQUESTED;
        v.firstCommentId = null;
        v.firstCommentPermalink = null;
    }

    private void firstComment(Variant v, PublicationAction a, DeliveryReported r) {
        if (v.publishRound != a.round) {
            return;
        }
        v.firstCommentState = FirstComment.state(r.outcome());
        if (r.outcome() == DeliveryOutcome.DELIVERED) {
            v.firstCommentId = r.platformObjectId();
            v.firstCommentPermalink = r.permalink();
        }
    }

    private void correction(Variant v, PublicationAction a, DeliveryReported r, Instant at, Instant now) {
        Variant c = em.find(Variant.class, a.correctionId, LockModeType.PESSIMISTIC_WRITE);
        c.publishFailure = failure(r);
        c.publishReason = r.reason();
        c.publishRetryAt = r.retryAt();
        switch (r.outcome()) {
            case DELAYED -> c.publicationState = Publication.DELAYED;
            case UNKNOWN -> c.publicationState = Publication.UNKNOWN;
            case FAILED -> {
                c.status = VariantStatus.FAILED;
                c.publicationState = Publication.FAILED;
                bump(c, now);
                audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "correction-failed", Map.of("correctionId",
                        c.id.toString(), "failure", String.valueOf(c.publishFailure), "reason",
                        String.valueOf(c.publishReason)), now);
            }
            case DELIVERED -> {
                String previous = v.text;
                boolean edit = PublicationAction.EDIT.equals(a.kind);
                c.status = VariantStatus.PUBLISHED;
                c.publicationState = Publication.PUBLISHED;
                c.platformPostId = edit ? v.platformPostId : r.platformObjectId();
                c.permalink = edit ? v.permalink : r.permalink();
                c.publishedAt = at;
                c.publishFailure = null;
                c.publishReason = null;
                bump(c, now);
                if (edit) {
                    v.text = c.text; // the post now says this; the version before keeps what it said
                    v.lastEditor = c.author;
                    v.version++;
                    v.updatedAt = now;
                    stories.snapshot(v, c.author, now);
                }
                audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "corrected", Map.of("correctionId",
                        c.id.toString(), "kind", c.correctionKind, "reason", c.correctionReason), now);
                topic.publish(v.brand, v.storyId, new VariantCorrected(v.storyId, v.id, c.id,
                        Platform.fromId(v.platform), v.platformPostId, c.correctionKind, edit ? v.platformPostId
                        : r.platformObjectId(), previous, c.text, c.correctionReason, c.author, at), now);
            }
        }
    }

    private void deletion(Variant v, PublicationAction a, DeliveryReported r, Instant at, Instant now) {
        if (r.outcome() == DeliveryOutcome.DELIVERED && VariantStatus.PUBLISHED.equals(v.status)) {
            v.status = VariantStatus.DELETED;
            v.deletedAt = at;
            bump(v, now);
            audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "deleted", Map.of("by", v.deletionBy,
                    "reason", v.deletionReason), now);
            topic.publish(v.brand, v.storyId, new VariantDeleted(v.storyId, v.id, Platform.fromId(v.platform),
                    v.platformPostId, v.deletionBy, v.deletionReason, at), now);
        } else if (r.outcome() == DeliveryOutcome.FAILED) {
            audit.record(v.storyId, v.id, PublishScheduler.PARLEY, "deletion-failed", Map.of("failure",
                    String.valueOf(failure(r)), "reason", String.valueOf(r.reason())), now);
        }
    }

    private void bump(Variant v, Instant now) {
        v.version++;
        v.updatedAt = now;
        stories.snapshot(v, PublishScheduler.PARLEY.user(), now);
    }

    private static String failure(DeliveryReported r) {
        FailureKind f = r.failure();
        return f == null ? null : f.id();
    }
}
