package io.parley.calendar.publishing;

import io.parley.calendar.stories.Variant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A variant's publication as the API shows it (docs/publishing.md), and the states it passes through. */
public final class Publication {

    public static final String PUBLISHING = "publishing";
    public static final String DELAYED = "delayed";
    public static final String UNKNOWN = "unknown";
    public static final String PUBLISHED = "published";
    public static final String FAILED = "failed";

    private Publication() {
    }

    @Schema(name = "PublicationAttempt", description = "One delivery report of the publish action")
    public record Attempt(@Schema(example = "1") int attempt,
            @Schema(description = "delivered, failed, delayed or unknown", example = "delivered") String outcome,
            @Schema(example = "rate_limited") String failure, String reason, Instant at) {
    }

    @Schema(name = "Publication", description = "How the variant's publication went (null before it was sent)")
    public record View(
            @Schema(description = "publishing, delayed, unknown, published or failed", example = "published")
            String state,
            @Schema(example = "urn:li:share:7140000000000000001") String platformPostId,
            @Schema(example = "https://www.linkedin.com/feed/update/urn:li:share:7140000000000000001")
            String permalink,
            Instant publishedAt,
            @Schema(description = "publishedAt minus scheduledFor, in seconds", example = "4") Long delaySeconds,
            @Schema(description = "authorization, content_refused, rate_limited, transient, unknown_outcome, "
                    + "unsupported") String failure,
            @Schema(description = "the platform's or the gateway's message") String reason,
            @Schema(description = "what to do next, in words (failed, delayed)") String whatToDo,
            @Schema(description = "when a delayed publication is tried next") Instant retryAt,
            List<Attempt> attempts) {
    }

    public static View of(Variant v, List<Attempt> attempts) {
        if (v.publicationState == null) {
            return null;
        }
        Long delay = v.publishedAt == null || v.scheduledFor == null ? null
                : Duration.between(v.scheduledFor, v.publishedAt).toSeconds();
        String whatToDo = FAILED.equals(v.publicationState) || DELAYED.equals(v.publicationState)
                || UNKNOWN.equals(v.publicationState)
                ? WhatToDo.advice(v.publicationState, v.publishFailure, v.platform) : null;
        return new View(v.publicationState, v.platformPostId, v.permalink, v.publishedAt, delay, v.publishFailure,
                v.publishReason, whatToDo, v.publishRetryAt, attempts);
    }
}
