package io.parley.calendar.comments;

import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.Json;
import io.parley.calendar.stories.PostsTopic;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.Variant;
import io.parley.contracts.posts.StoryCommentAdded;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments on drafts: on the story or one variant, threaded (a reply names its parent, in the same story),
 * internal or visible to external reviewers, pointing at a span of the variant's text (code points, end
 * exclusive), resolvable. {@code @user} mentions are read from the text. Announced and audited.
 */
@ApplicationScoped
public class Comments {

    static final int TEXT_MAX = 10_000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])@([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}_])");

    @Inject
    Clock clock;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Schema(name = "CommentSpan", description = "code points of the variant's text, end exclusive")
    public record Span(int start, int end) {
    }

    @Schema(name = "NewComment")
    public record NewComment(@Schema(required = true, example = "@editor1 czy możemy skrócić pierwsze zdanie?")
            String text, @Schema(description = "the variant it is about; none for the story") UUID variantId,
            @Schema(description = "the comment it answers") UUID parentId,
            @Schema(description = "internal (default) or external: external reviewers see it", example = "internal")
            String visibility, Span span) {
    }

    @Schema(name = "CommentResolution")
    public record Resolved(String by, Instant at) {
    }

    @Schema(name = "Comment")
    public record View(UUID id, UUID storyId, UUID variantId, UUID parentId, @Schema(example = "approver1") String author,
            boolean authorExternal, String text, @Schema(example = "[\"editor1\"]") List<String> mentions,
            @Schema(example = "internal") String visibility, Span span, Resolved resolved, Instant createdAt) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "CommentPage", description = "A page of the story's comments, oldest first; pass nextCursor as cursor "
            + "for the next")
    public record CommentPage(@Schema(required = true) List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Transactional
    public StoryComment add(Story story, NewComment request, Workflow.Actor actor) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.invalid("text", "must not be blank");
        }
        if (request.text().length() > TEXT_MAX) {
            throw ProblemException.invalid("text", "may have at most " + TEXT_MAX + " characters");
        }
        String visibility = request.visibility() == null ? "internal" : request.visibility();
        if (!visibility.equals("internal") && !visibility.equals("external")) {
            throw ProblemException.invalid("visibility", "must be internal or external");
        }
        if (actor.external()) {
            visibility = "external";
        }
        Variant variant = null;
        if (request.variantId() != null) {
            variant = Variant.findById(request.variantId());
            if (variant == null || !variant.storyId.equals(story.id)) {
                throw ProblemException.invalid("variantId", "is not a variant of this story");
            }
        }
        if (request.parentId() != null) {
            StoryComment parent = StoryComment.findById(request.parentId());
            if (parent == null || !parent.storyId.equals(story.id)
                    || (actor.external() && !parent.visibility.equals("external"))) {
                throw ProblemException.invalid("parentId", "is not a comment of this story");
            }
        }
        Span span = request.span();
        if (span != null) {
            if (variant == null) {
                throw ProblemException.invalid("span", "needs the variantId whose text it points at");
            }
            int length = variant.text.codePointCount(0, variant.text.length());
            if (span.start() < 0 || span.end() <= span.start() || span.end() > length) {
                throw ProblemException.invalid("span", "must lie within the text's " + length + " characters, "
                        + "start before end");
            }
        }
        Instant now = clock.instant();
        StoryComment c = new StoryComment();
        c.id = UUID.randomUUID();
        c.storyId = story.id;
        c.variantId = request.variantId();
        c.parentId = request.parentId();
        c.author = actor.user();
        c.authorExternal = actor.external();
        c.reviewerId = actor.reviewerId();
        c.text = request.text();
        List<String> mentions = mentions(request.text());
        c.mentions = Json.write(mentions);
        c.visibility = visibility;
        c.spanStart = span == null ? null : span.start();
        c.spanEnd = span == null ? null : span.end();
        c.createdAt = now;
        c.persist();
        audit.record(story.id, c.variantId, actor, "comment", Map.of("commentId", c.id.toString(),
                "visibility", visibility), now);
        topic.publish(story.brand, story.id, new StoryCommentAdded(story.id, c.id, c.variantId, c.parentId, c.author,
                c.authorExternal, visibility, mentions), now);
        return c;
    }

    /** The order of {@link #page}, and its cursors' name. */
    static final Keyset<StoryComment> COMMENTS = Keyset.<StoryComment>ascending("story-comments")
            .instant("createdAt", c -> c.createdAt).uuid("id", c -> c.id);

    /**
     * A page of the story's comments, oldest first, after {@code cursor} (null: the first page): keyset on
     * (created_at, id), index story_comment_story.
     */
    @Transactional
    public Page<StoryComment> page(UUID storyId, String cursor, int limit) {
        return COMMENTS.page((q, p, rows) -> StoryComment.<StoryComment>find(q, p).range(0, rows - 1).list(),
                "storyId = :s", Map.of("s", storyId), cursor, limit);
    }

    /** The story's comments, oldest first; only the external ones when {@code externalOnly}. */
    @Transactional
    public List<StoryComment> of(UUID storyId, boolean externalOnly) {
        return StoryComment.list(externalOnly ? "storyId = ?1 and visibility = 'external'" : "storyId = ?1",
                Sort.by("createdAt").and("id"), storyId);
    }

    @Transactional
    public StoryComment resolve(Story story, UUID commentId, Workflow.Actor actor) {
        StoryComment c = StoryComment.findById(commentId);
        if (c == null || !c.storyId.equals(story.id)) {
            throw ProblemException.notFound("comment " + commentId + " does not exist");
        }
        if (c.resolvedAt == null) {
            c.resolvedBy = actor.user();
            c.resolvedAt = clock.instant();
            audit.record(story.id, c.variantId, actor, "comment-resolved", Map.of("commentId", c.id.toString()),
                    c.resolvedAt);
        }
        return c;
    }

    public static View view(StoryComment c) {
        return new View(c.id, c.storyId, c.variantId, c.parentId, c.author, c.authorExternal, c.text,
                Json.readStrings(c.mentions), c.visibility, c.spanStart == null ? null : new Span(c.spanStart, c.spanEnd),
                c.resolvedAt == null ? null : new Resolved(c.resolvedBy, c.resolvedAt), c.createdAt);
    }

    /** The user names mentioned with {@code @name}, each once, in order (e-mail addresses are not mentions). */
    static List<String> mentions(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }
}
