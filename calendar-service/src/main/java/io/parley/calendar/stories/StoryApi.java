package io.parley.calendar.stories;

import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.standards.Finding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API shapes of stories and variants (docs/publishing.md); the mapping from entities is in {@link StoryViews}. */
public final class StoryApi {

    static final int TITLE_MAX = 200;
    static final int BRIEF_MAX = 10_000;
    static final int TAGS_MAX = 20;

    private StoryApi() {
    }

    @Schema(name = "NewVariant", description = "A variant to write: the story on one channel account")
    public record NewVariant(
            @Schema(required = true, description = "a channel account of the brand (its id in GET /api/v1/channels)",
                    example = "5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f") String channelAccount,
            @Schema(description = "the text, stored exactly as sent", example = "Zimowa kolekcja już jest ❄")
            String text,
            @Schema(description = "ids of images uploaded with POST /api/v1/brands/{brand}/media, in order")
            List<UUID> media,
            @Schema(description = "an http(s) link; links to the brand's own domains get its UTM parameters",
                    example = "https://acme.example/zima") String link,
            @Schema(description = "a first comment to post under it after it is published: {text, delayMinutes}, or "
                    + "its text alone as a string (the default delay)",
                    implementation = io.parley.calendar.publishing.FirstComment.Write.class)
            com.fasterxml.jackson.databind.JsonNode firstComment,
            @Schema(description = "post (default), story, reel, video or article", example = "post") String contentType,
            @Schema(description = "low, normal (default) or high", example = "normal") String riskLevel,
            @Schema(description = "when it goes out: an ISO-8601 instant, or a local date-time (2026-12-08T10:00) "
                    + "read in the brand's time zone", example = "2026-12-08T09:00:00Z") String scheduledFor) {
    }

    @Schema(name = "NewStory")
    public record NewStory(
            @NotBlank @Size(max = TITLE_MAX) @Schema(required = true, example = "Zimowa kolekcja ❄") String title,
            @Size(max = BRIEF_MAX) @Schema(description = "what the story is for, for its writers and approvers")
            String brief,
            @Size(max = TITLE_MAX) @Schema(example = "winter-2026") String campaign,
            @Size(max = TAGS_MAX) List<@NotBlank @Size(max = 60) String> tags,
            @Valid List<NewVariant> variants) {
    }

    @Schema(name = "StoryChange", description = "The story's own fields; its variants change one by one")
    public record StoryChange(
            @NotBlank @Size(max = TITLE_MAX) @Schema(required = true) String title,
            @Size(max = BRIEF_MAX) String brief,
            @Size(max = TITLE_MAX) String campaign,
            @Size(max = TAGS_MAX) List<@NotBlank @Size(max = 60) String> tags) {
    }

    @Schema(name = "MediaLicence")
    public record Licence(@Schema(example = "own") String licence, String author, String source, Instant expiresAt) {
    }

    @Schema(name = "Media", description = "An uploaded image")
    public record MediaView(UUID id, @Schema(example = "image/jpeg") String contentType,
            @Schema(example = "1080") int width, @Schema(example = "1080") int height,
            @Schema(description = "its size in bytes", example = "245760") int bytes, Licence licence) {
    }

    @Schema(name = "Variant", description = "A story as one channel account shows it")
    public record VariantView(UUID id, UUID storyId, String channelAccount,
            @Schema(description = "the account's name in the channel gateway") String channelName,
            @Schema(example = "linkedin") String platform, String text, List<MediaView> media, String link,
            @Schema(description = "the link as it goes out, with the brand's UTM parameters") String trackedLink,
            io.parley.calendar.publishing.FirstComment.View firstComment, @Schema(example = "post") String contentType,
            @Schema(example = "normal") String riskLevel, Instant scheduledFor,
            @Schema(description = "the brand's time zone, for showing scheduledFor", example = "Europe/Warsaw")
            String timeZone,
            @Schema(description = "draft, in_review, changes_requested, approved, scheduled, publishing, published, "
                    + "failed, deleted, expired or cancelled", example = "draft") String status,
            @Schema(description = "goes up with every change; If-Match of a variant's PUT names it", example = "1")
            int version,
            @Schema(example = "editor1") String author, @Schema(example = "editor1") String lastEditor,
            Instant updatedAt, List<Finding> findings, Workflow.Approval approval,
            io.parley.calendar.publishing.Publication.View publication,
            @Schema(description = "for a correction: the published variant it corrects") UUID correctionOf,
            @Schema(description = "for a correction: edit (the post's text changes) or reply (a correction reply "
                    + "under it, where the network allows no edit)", example = "edit") String correctionKind,
            @Schema(description = "for a correction: why") String correctionReason,
            Deletion deletion) {
    }

    @Schema(name = "Deletion", description = "A published post's deletion: who asked, why, when; deletedAt once the "
            + "network confirmed it")
    public record Deletion(@Schema(example = "manager1") String by,
            @Schema(example = "The offer was withdrawn by legal.") String reason, Instant requestedAt,
            Instant deletedAt) {
    }

    @Schema(name = "Story")
    public record StoryView(UUID id, @Schema(example = "acme") String brand, String title, String brief,
            String campaign, List<String> tags, @Schema(example = "editor1") String owner, Instant createdAt,
            Instant updatedAt, @Schema(description = "the story's own version (ETag)", example = "1") int version,
            List<VariantView> variants) {
    }

    @Schema(name = "StoryList")
    public record StoryList(List<StoryView> items, String nextCursor) {
    }

    @Schema(name = "VariantVersion", description = "A variant as it was after one change")
    public record VersionView(int version, Instant at, String by, String text, List<UUID> media, String link,
            String firstComment, Instant scheduledFor, String status) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "VariantVersionPage", description = "A page of a variant's versions, oldest first; pass nextCursor as "
            + "cursor for the next")
    public record VersionPage(@Schema(required = true) List<VersionView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "FieldChange")
    public record Change(@Schema(example = "scheduledFor") String field, Object before, Object after) {
    }

    @Schema(name = "VariantDiff", description = "What changed between two versions; the text word by word")
    public record Diff(int from, int to, List<Change> changes, List<TextDiff.Op> text) {
    }
}
