package io.parley.calendar.reviewers;

import io.parley.calendar.api.Examples;
import io.parley.calendar.approvals.Approvals;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.comments.Comments;
import io.parley.calendar.media.Media;
import io.parley.calendar.stories.Json;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.calendar.media.MediaLibrary;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.RateLimiter;
import io.quarkus.panache.common.Sort;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The external reviewer's page, without a sign-in: the token in the path is the only credential (only these paths
 * are public: {@code quarkus.http.auth.permission.review}). It shows one story — title, brief, its variants as they
 * go out, the external comments — and nothing else of the brand; it takes decisions (counted for steps with an
 * external approver) and comments, each audited under the link's id. Rate-limited per link and per client
 * address (429); an expired or revoked link is 410, an unknown one 404.
 */
@Path("/api/v1/review/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Review (public)", description = "An external reviewer's page, opened by the link's token")
public class PublicReviewResource {

    @Inject
    Reviewers reviewers;

    @Inject
    Approvals approvals;

    @Inject
    Comments comments;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ReviewConfig config;

    @Inject
    Limits limits;

    /** The limiters, one per process. */
    @Singleton
    public static class Limits {
        @Inject
        ReviewConfig config;
        @Inject
        Clock clock;
        RateLimiter perToken;
        RateLimiter perAddress;

        @PostConstruct
        void init() {
            perToken = new RateLimiter(config.perToken(), config.window(), clock);
            perAddress = new RateLimiter(config.perAddress(), config.window(), clock);
        }
    }

    @Schema(name = "ReviewMedia")
    public record ReviewMedia(UUID id, String contentType, int width, int height) {
    }

    @Schema(name = "ReviewVariant", description = "A variant as the reviewer sees it")
    public record ReviewVariant(UUID id, String platform, String channelName, String text, List<ReviewMedia> media,
            String link, Instant scheduledFor, String status,
            @Schema(description = "the reviewer may decide on it now") boolean canDecide) {
    }

    @Schema(name = "ReviewStory")
    public record StoryPart(String title, String brief) {
    }

    @Schema(name = "ReviewReviewer")
    public record ReviewerPart(String name) {
    }

    @Schema(name = "Review", description = "What the link shows")
    public record Review(StoryPart story, ReviewerPart reviewer, Instant expiresAt, List<ReviewVariant> variants,
            List<Comments.View> comments) {
    }

    @Schema(name = "ReviewDecision")
    public record Decision(@Schema(required = true) UUID variantId,
            @Schema(required = true, example = "approve") String decision, String comment) {
    }

    @Schema(name = "ReviewComment")
    public record NewComment(UUID variantId, UUID parentId, @Schema(required = true) String text) {
    }

    @GET
    @Transactional
    @Operation(summary = "The story the link opens", description = "No sign-in; the token is the credential.")
    @APIResponse(responseCode = "200", description = "The story, its variants and external comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Review.class),
                    examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "404", description = "No such link", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown",
            value = Examples.REVIEW_UNKNOWN)))
    @APIResponse(responseCode = "410", description = "Expired or revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "revoked", value = Examples.REVIEW_GONE)))
    @APIResponse(responseCode = "429", description = "Too many requests from this link or address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limited", value = Examples.TOO_MANY)))
    public Review get(@PathParam("token") String token, @Context HttpServerRequest request) {
        ReviewerLink link = open(token, request);
        Story story = Story.findById(link.storyId);
        Workflow.Actor actor = Reviewers.actor(link);
        audit.record(story.id, null, actor, "review-opened", Map.of(), clock.instant());
        List<Variant> variants = Variant.list("storyId = ?1 and status <> ?2", Sort.by("scheduledFor").and("id"),
                story.id, VariantStatus.CANCELLED);
        return new Review(new StoryPart(story.title, story.brief), new ReviewerPart(link.name), link.expiresAt,
                variants.stream().map(v -> variant(v, actor)).toList(),
                comments.of(story.id, true).stream().map(Comments::view).toList());
    }

    @GET
    @Path("/media/{mediaId}")
    @Produces({"image/png", "image/jpeg", Problem.MEDIA_TYPE})
    @Transactional
    @Operation(summary = "An image of one of the story's variants",
            description = "The image's bytes, for the reviewer's page; the signed link is the credential, and an "
            + "image of another story is 404.")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "bytes", value = "(JPEG bytes)")))
    @APIResponse(responseCode = "404", description = "Not an image of this story", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.REVIEW_UNKNOWN)))
    @APIResponse(responseCode = "410", description = "Expired or revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "revoked", value = Examples.REVIEW_GONE)))
    public Response media(@PathParam("token") String token, @PathParam("mediaId") UUID mediaId,
            @Context HttpServerRequest request) {
        ReviewerLink link = open(token, request);
        boolean shown = Variant.<Variant>list("storyId", link.storyId).stream()
                .anyMatch(v -> Json.readStrings(v.media).contains(mediaId.toString()));
        Media m = shown ? Media.findById(mediaId) : null;
        if (m == null) {
            throw ProblemException.notFound("media " + mediaId + " is not part of this story");
        }
        return Response.ok(m.data, m.contentType).header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, or request changes on, a variant",
            description = "Counts for an active step with an external approver matching the reviewer; audited under "
                    + "the link's id; parley.approval.decided.v1 with byExternal true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Decision.class),
            examples = @ExampleObject(name = "approve", value = Examples.REVIEW_DECISION)))
    @APIResponse(responseCode = "200", description = "The variant as the reviewer sees it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewVariant.class),
            examples = @ExampleObject(name = "variant", value = Examples.REVIEW_VARIANT)))
    @APIResponse(responseCode = "400", description = "Unknown decision or variant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "403", description = "No step waits for this reviewer", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not theirs", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "Not in review, or already decided", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not in review", value = Examples.NOT_IN_REVIEW)))
    @APIResponse(responseCode = "410", description = "Expired or revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "revoked", value = Examples.REVIEW_GONE)))
    @Transactional
    public ReviewVariant decide(@PathParam("token") String token, Decision body, @Context HttpServerRequest request) {
        ReviewerLink link = open(token, request);
        if (body == null || body.variantId() == null) {
            throw ProblemException.invalid("variantId", "is required");
        }
        Variant v = variantOf(link, body.variantId());
        Workflow.Actor actor = Reviewers.actor(link);
        Variant decided = approvals.decide(v, body.decision(), body.comment(), List.of(), actor);
        return variant(decided, actor);
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on the story or one of its variants",
            description = "Visible to the brand and to every external reviewer of the story; audited under the link's id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewComment.class),
            examples = @ExampleObject(name = "comment", value = Examples.REVIEW_COMMENT)))
    @APIResponse(responseCode = "201", description = "The comment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comments.View.class),
            examples = @ExampleObject(name = "comment", value = Examples.COMMENT)))
    @APIResponse(responseCode = "400", description = "Blank text, another story's variant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "410", description = "Expired or revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "revoked", value = Examples.REVIEW_GONE)))
    @Transactional
    public Response comment(@PathParam("token") String token, NewComment body, @Context HttpServerRequest request) {
        ReviewerLink link = open(token, request);
        Story story = Story.findById(link.storyId);
        var c = comments.add(story, new Comments.NewComment(body == null ? null : body.text(),
                body == null ? null : body.variantId(), body == null ? null : body.parentId(), "external", null),
                Reviewers.actor(link));
        return Response.status(Response.Status.CREATED).entity(Comments.view(c)).build();
    }

    private ReviewerLink open(String token, HttpServerRequest request) {
        String address = request == null || request.remoteAddress() == null ? "unknown"
                : request.remoteAddress().hostAddress();
        limits.perAddress.acquire("address:" + address, "this address");
        limits.perToken.acquire("token:" + token, "this review link");
        return reviewers.open(token);
    }

    private static Variant variantOf(ReviewerLink link, UUID variantId) {
        Variant v = Variant.findById(variantId);
        if (v == null || !v.storyId.equals(link.storyId)) {
            throw ProblemException.invalid("variantId", "is not a variant of this story");
        }
        return v;
    }

    private static ReviewVariant variant(Variant v, Workflow.Actor actor) {
        Workflow.Approval approval = v.approval == null ? null : Approvals.approval(v);
        Workflow.Step step = approval == null ? null : approval.active();
        boolean canDecide = VariantStatus.IN_REVIEW.equals(v.status) && step != null && Workflow.mayDecide(step, actor)
                && step.decisions().stream().noneMatch(d -> d.byExternal() && actor.reviewerId().equals(d.reviewerId()));
        List<ReviewMedia> media = Json.readStrings(v.media).stream().map(UUID::fromString)
                .map(id -> (Media) Media.findById(id)).filter(m -> m != null)
                .map(m -> new ReviewMedia(m.id, m.contentType, m.width, m.height)).toList();
        return new ReviewVariant(v.id, v.platform, v.channelName, v.text, media,
                v.trackedLink != null ? v.trackedLink : v.link, v.scheduledFor, v.status, canDecide);
    }
}
