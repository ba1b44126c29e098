package io.parley.contracts.deliveries;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of one outbound action.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "The outcome of one outbound action, success or failure with the platform's reason; for sandbox channel accounts the request was recorded instead of sent. Emitted by ingest-service; consumed by the requester (inbox-service, calendar-service) and analytics.",
        key = "`actionId`",
        fields = {
        "actionId: the action's id from `OutboundActionRequested`",
        "action: what was asked",
        "platform: the network",
        "outcome: delivered or failed (final), or delayed (rate-limited or waiting for a reconnected channel; `retryAt`) or unknown (the request left and no answer came; being reconciled) on the way to one of them",
        "platformObjectId: the id the platform gave the new object (e.g. the reply comment), when delivered",
        "reason: the platform's reason, when failed",
        "sandbox: true when the channel account is in sandbox mode and nothing reached the platform",
        "origin: copied from the request, so the requester can find its own record",
        "completedAt: when the gateway got the platform's answer",
        "permalink: the public URL of the new object (a published post or comment), when delivered and known",
        "failure: why it failed or waits: authorization, content_refused, rate_limited, transient, unknown_outcome, unsupported (null when delivered)",
        "retryAt: when a delayed action is tried next",
        "attempt: which of the gateway's attempts this report is about (1 for the first)"})
public record DeliveryReported(
        UUID actionId,
        OutboundAction action,
        Platform platform,
        DeliveryOutcome outcome,
        String platformObjectId,
        String reason,
        boolean sandbox,
        String origin,
        Instant completedAt,
        String permalink,
        FailureKind failure,
        Instant retryAt,
        int attempt) implements Payload {

    /** A final report of a first attempt without permalink or failure class: the shape before publishing. */
    public DeliveryReported(UUID actionId, OutboundAction action, Platform platform, DeliveryOutcome outcome,
            String platformObjectId, String reason, boolean sandbox, String origin, Instant completedAt) {
        this(actionId, action, platform, outcome, platformObjectId, reason, sandbox, origin, completedAt, null, null,
                null, 1);
    }

    public static final String TYPE = "parley.delivery.reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.DELIVERIES;
    }
}
