package io.parley.calendar.posts;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.posts.PostDrafted;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Draft posts on the calendar; each draft is announced on {@code parley.posts.v1} through the outbox. */
@ApplicationScoped
public class PostService {

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public PostService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores a draft and, in the same transaction, announces it ({@code PostDrafted}, key = post id). */
    @Transactional
    public Post draft(Posts.NewPost request, String author) {
        Platform platform = QueryParams.platform("platform", request.platform()).orElseThrow();
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.brand = request.brand();
        post.platform = platform.id();
        post.title = request.title();
        post.text = request.text();
        post.plannedFor = request.plannedFor();
        post.status = PostStatus.DRAFT.id();
        post.author = author;
        post.createdAt = clock.instant();
        post.persist();
        outbox.add(post.id.toString(), Event.of(UUID.randomUUID(), "calendar-service", post.brand, post.id.toString(),
                post.createdAt, post.createdAt, new PostDrafted(post.id, platform, post.title, post.text,
                        post.plannedFor, author)));
        return post;
    }

    /** A post of one of the given brands; any other post is 404, exactly like one that does not exist. */
    @Transactional
    public Post get(UUID id, Set<String> brands) {
        Post post = Post.findById(id);
        if (post == null || !brands.contains(post.brand)) {
            throw ProblemException.notFound("post " + id + " does not exist");
        }
        return post;
    }

    /** The brand's posts planned in the range (and on the channel, when given), by planned time then id. */
    @Transactional
    public List<Post> planned(String brand, TimeWindow range, Optional<String> platform) {
        String query = "brand = :brand and plannedFor >= :from and plannedFor < :to"
                + (platform.isPresent() ? " and platform = :platform" : "");
        Parameters params = Parameters.with("brand", brand).and("from", range.from()).and("to", range.to());
        platform.ifPresent(p -> params.and("platform", p));
        return Post.list(query, Sort.by("plannedFor").and("id"), params);
    }
}
