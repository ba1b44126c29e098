package io.parley.contracts;

import io.parley.contracts.alerts.SpikeDetected;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.contracts.inbox.ConversationDueSoon;
import io.parley.contracts.inbox.CompensationApprovalRequested;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.CompensationOffered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.NotificationCreated;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.ApprovalDecided;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalReminder;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApprovalStepSkipped;
import io.parley.contracts.posts.FindingOverridden;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.PostDrafted;
import io.parley.contracts.posts.ReviewerInvited;
import io.parley.contracts.posts.ReviewerRevoked;
import io.parley.contracts.posts.StoryCommentAdded;
import io.parley.contracts.posts.StoryCreated;
import io.parley.contracts.posts.VariantApproved;
import io.parley.contracts.posts.VariantCancelled;
import io.parley.contracts.posts.VariantChangesRequested;
import io.parley.contracts.posts.VariantExpired;
import io.parley.contracts.posts.VariantCorrected;
import io.parley.contracts.posts.VariantDeleted;
import io.parley.contracts.posts.PublishingPaused;
import io.parley.contracts.posts.PublishingResumed;
import io.parley.contracts.posts.VariantPublishFailed;
import io.parley.contracts.posts.VariantPublished;
import io.parley.contracts.posts.VariantReviewReset;
import io.parley.contracts.posts.VariantSubmitted;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue of event types: each CloudEvents {@code type} and the record that carries its data. */
public final class EventTypes {

    private static final Map<String, Class<? extends Payload>> BY_TYPE = new LinkedHashMap<>();

    static {
        register(InteractionReceived.TYPE, InteractionReceived.class);
        register(InteractionChanged.TYPE, InteractionChanged.class);
        register(OutboundActionRequested.TYPE, OutboundActionRequested.class);
        register(DeliveryReported.TYPE, DeliveryReported.class);
        register(ConversationOpened.TYPE, ConversationOpened.class);
        register(ConversationAnswered.TYPE, ConversationAnswered.class);
        register(ConversationAssigned.TYPE, ConversationAssigned.class);
        register(ConversationDueSoon.TYPE, ConversationDueSoon.class);
        register(ConversationBreached.TYPE, ConversationBreached.class);
        register(NoteAdded.TYPE, NoteAdded.class);
        register(NotificationCreated.TYPE, NotificationCreated.class);
        register(ConversationStatusChanged.TYPE, ConversationStatusChanged.class);
        register(ComplaintSettled.TYPE, ComplaintSettled.class);
        register(IncidentOpened.TYPE, IncidentOpened.class);
        register(IncidentClosed.TYPE, IncidentClosed.class);
        register(AdvocateGained.TYPE, AdvocateGained.class);
        register(RecommendationRequested.TYPE, RecommendationRequested.class);
        register(PostDrafted.TYPE, PostDrafted.class);
        register(StoryCreated.TYPE, StoryCreated.class);
        register(VariantSubmitted.TYPE, VariantSubmitted.class);
        register(ApprovalRequested.TYPE, ApprovalRequested.class);
        register(ApprovalDecided.TYPE, ApprovalDecided.class);
        register(VariantApproved.TYPE, VariantApproved.class);
        register(VariantChangesRequested.TYPE, VariantChangesRequested.class);
        register(ApprovalStepSkipped.TYPE, ApprovalStepSkipped.class);
        register(FindingOverridden.TYPE, FindingOverridden.class);
        register(ApprovalReminder.TYPE, ApprovalReminder.class);
        register(ApprovalEscalated.TYPE, ApprovalEscalated.class);
        register(VariantExpired.TYPE, VariantExpired.class);
        register(VariantPublished.TYPE, VariantPublished.class);
        register(VariantPublishFailed.TYPE, VariantPublishFailed.class);
        register(VariantCorrected.TYPE, VariantCorrected.class);
        register(VariantDeleted.TYPE, VariantDeleted.class);
        register(PublishingPaused.TYPE, PublishingPaused.class);
        register(PublishingResumed.TYPE, PublishingResumed.class);
        register(VariantCancelled.TYPE, VariantCancelled.class);
        register(VariantReviewReset.TYPE, VariantReviewReset.class);
        register(StoryCommentAdded.TYPE, StoryCommentAdded.class);
        register(ReviewerInvited.TYPE, ReviewerInvited.class);
        register(ReviewerRevoked.TYPE, ReviewerRevoked.class);
        register(ResponseTargetsChanged.TYPE, ResponseTargetsChanged.class);
        register(StandardsCatalogueChanged.TYPE, StandardsCatalogueChanged.class);
        register(CompensationOffered.TYPE, CompensationOffered.class);
        register(CompensationApprovalRequested.TYPE, CompensationApprovalRequested.class);
        register(CompensationDecided.TYPE, CompensationDecided.class);
        register(io.parley.contracts.inbox.ReplyApprovalRequested.TYPE,
                io.parley.contracts.inbox.ReplyApprovalRequested.class);
        register(io.parley.contracts.inbox.ReplyApprovalDecided.TYPE, io.parley.contracts.inbox.ReplyApprovalDecided.class);
        register(SpikeDetected.TYPE, SpikeDetected.class);
        register(CompetitorPostObserved.TYPE, CompetitorPostObserved.class);
        register(PostMetricsObserved.TYPE, PostMetricsObserved.class);
        register(FollowerCountObserved.TYPE, FollowerCountObserved.class);
        register(LinkClicked.TYPE, LinkClicked.class);
        register(ChannelHealthChanged.TYPE, ChannelHealthChanged.class);
    }

    private EventTypes() {
    }

    private static void register(String type, Class<? extends Payload> payload) {
        BY_TYPE.put(type, payload);
    }

    /** The record for a type, or empty for a type this version does not know. */
    public static Optional<Class<? extends Payload>> payloadOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every known type and its record, in catalogue order. */
    public static Map<String, Class<? extends Payload>> all() {
        return Collections.unmodifiableMap(BY_TYPE);
    }
}
