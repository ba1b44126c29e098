package io.parley.calendar.reviewers;

import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.PostsTopic;
import io.parley.calendar.stories.Story;
import io.parley.contracts.posts.ReviewerInvited;
import io.parley.contracts.posts.ReviewerRevoked;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.panache.common.Sort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** External reviewers of a story: invited with an expiring link, listed, revoked; their link resolved. */
@ApplicationScoped
public class Reviewers {

    @Inject
    Clock clock;

    @Inject
    ReviewConfig config;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Inject
    InvitationMail mail;

    @Schema(name = "NewReviewer")
    public record Invitation(@Schema(required = true, example = "anna@agency.example") String email,
            @Schema(required = true, example = "Anna Nowak (agency)") String name,
            @Schema(description = "1 to 30, default 7", example = "7") Integer expiresInDays) {
    }

    @Schema(name = "Reviewer", description = "An external reviewer's link; link and token only in the invitation's answer")
    public record View(UUID id, String email, String name,
            @Schema(description = "the console's public review page; only when invited") String link,
            @Schema(description = "the secret token; only when invited (it is stored hashed)") String token,
            Instant expiresAt, Instant revokedAt,
            @Schema(nullable = true,
                    description = "only in the invitation's answer: whether the link was e-mailed to the reviewer")
            Boolean emailed,
            @Schema(description = "only when it was not e-mailed: why (hand the link over another way)")
            String emailProblem) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "ReviewerPage", description = "A page of the story's external reviewers, oldest first; pass "
            + "nextCursor as cursor for the next")
    public record ReviewerPage(@Schema(required = true) List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    public record Invited(ReviewerLink link, String token) {
    }

    @Transactional
    public Invited invite(Story story, Invitation request, Workflow.Actor actor) {
        if (request == null || request.email() == null || !request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ProblemException.invalid("email", "must be an e-mail address");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ProblemException.invalid("name", "must not be blank (at most 200 characters)");
        }
        int days = request.expiresInDays() == null ? config.defaultDays() : request.expiresInDays();
        if (days < 1 || days > 30) {
            throw ProblemException.invalid("expiresInDays", "must be 1 to 30");
        }
        Instant now = clock.instant();
        String token = ReviewTokens.create();
        ReviewerLink l = new ReviewerLink();
        l.id = UUID.randomUUID();
        l.storyId = story.id;
        l.brand = story.brand;
        l.email = request.email().trim();
        l.name = request.name().trim();
        l.tokenHash = ReviewTokens.hash(token);
        l.expiresAt = now.plus(Duration.ofDays(days));
        l.createdBy = actor.user();
        l.createdAt = now;
        l.persist();
        audit.record(story.id, null, actor, "reviewer-invited", Map.of("reviewerId", l.id.toString(),
                "email", l.email, "expiresAt", l.expiresAt.toString()), now);
        topic.publish(story.brand, story.id, new ReviewerInvited(story.id, l.id, l.email, l.name, l.expiresAt,
                actor.user()), now);
        return new Invited(l, token);
    }

    /** The order of {@link #page}, and its cursors' name. */
    static final Keyset<ReviewerLink> REVIEWERS = Keyset.<ReviewerLink>ascending("story-reviewers")
            .instant("createdAt", l -> l.createdAt).uuid("id", l -> l.id);

    /**
     * A page of the story's reviewer links, oldest first, after {@code cursor} (null: the first page): keyset on
     * (created_at, id), index reviewer_link_story_created.
     */
    @Transactional
    public Page<ReviewerLink> page(UUID storyId, String cursor, int limit) {
        return REVIEWERS.page((q, p, rows) -> ReviewerLink.<ReviewerLink>find(q, p).range(0, rows - 1).list(),
                "storyId = :s", Map.of("s", storyId), cursor, limit);
    }

    @Transactional
    public List<ReviewerLink> of(UUID storyId) {
        return ReviewerLink.list("storyId", Sort.by("createdAt"), storyId);
    }

    @Transactional
    public ReviewerLink revoke(Story story, UUID reviewerId, Workflow.Actor actor) {
        ReviewerLink l = ReviewerLink.findById(reviewerId);
        if (l == null || !l.storyId.equals(story.id)) {
            throw ProblemException.notFound("reviewer " + reviewerId + " does not exist");
        }
        if (l.revokedAt == null) {
            l.revokedAt = clock.instant();
            l.revokedBy = actor.user();
            audit.record(story.id, null, actor, "reviewer-revoked", Map.of("reviewerId", l.id.toString()),
                    l.revokedAt);
            topic.publish(story.brand, story.id, new ReviewerRevoked(story.id, l.id, actor.user()), l.revokedAt);
        }
        return l;
    }

    /** The link a token opens: 404 for an unknown token, 410 for an expired or revoked one. */
    @Transactional
    public ReviewerLink open(String token) {
        ReviewerLink l = ReviewTokens.wellFormed(token)
                ? ReviewerLink.find("tokenHash", (Object) ReviewTokens.hash(token)).firstResult() : null;
        if (l == null) {
            throw ProblemException.notFound("this review link does not exist");
        }
        if (l.revokedAt != null) {
            throw new ProblemException(ProblemType.GONE, "this review link was revoked; ask the brand for a new one");
        }
        if (!clock.instant().isBefore(l.expiresAt)) {
            throw new ProblemException(ProblemType.GONE, "this review link expired at " + l.expiresAt
                    + "; ask the brand for a new one");
        }
        return l;
    }

    public View view(ReviewerLink l, String token) {
        return view(l, token, null, null);
    }

    private View view(ReviewerLink l, String token, @Schema(nullable = true) Boolean emailed, String emailProblem) {
        return new View(l.id, l.email, l.name, token == null ? null : link(token), token, l.expiresAt, l.revokedAt,
                emailed, emailProblem);
    }

    /** The console's review page for a token. */
    public String link(String token) {
        return config.consoleUrl().replaceAll("/$", "") + "/review/" + token;
    }

    /**
     * E-mails a new reviewer their link (after the invitation is stored: a mail server away does not undo it) and
     * records the outcome in the story's history. Answers the invitation's view with the outcome.
     */
    public View mail(Story story, Invited invited, Workflow.Actor actor) {
        ReviewerLink l = invited.link();
        InvitationMail.Outcome outcome = mail.send(InvitationMail.compose(l.email, l.name, story.title, story.brand,
                actor.user(), link(invited.token()), l.expiresAt));
        QuarkusTransaction.requiringNew().run(() -> audit.record(story.id, null, actor,
                outcome.sent() ? "reviewer-emailed" : "reviewer-email-failed", outcome.sent()
                        ? Map.of("reviewerId", l.id.toString(), "email", l.email)
                        : Map.of("reviewerId", l.id.toString(), "email", l.email, "problem", outcome.problem()),
                clock.instant()));
        return view(l, invited.token(), outcome.sent(), outcome.problem());
    }

    public static Workflow.Actor actor(ReviewerLink l) {
        return Workflow.Actor.reviewer(l.name, l.email, l.id);
    }
}
