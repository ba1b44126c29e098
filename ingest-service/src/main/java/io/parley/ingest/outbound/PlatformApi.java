package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One platform's API, as outbound actions need it: the requests for an action, how to read the answers, how to
 * read the account's own recent posts (or a post's comments) when an outcome is unknown, and the public address of
 * what was published. Implementations are pure (no I/O), so each is unit tested on exact requests and answers.
 */
public interface PlatformApi {

    Platform platform();

    /** The API's real root; the sandbox always records against it, live delivery may be pointed elsewhere. */
    String apiRoot();

    /**
     * The (first) request for the action, or why the platform cannot take it. Called only with a target object
     * when the action needs one (checked by {@link PlatformRequests}).
     */
    PlatformRequests.Result request(OutboundActionRequested action);

    /**
     * As {@link #request(OutboundActionRequested)}; {@code onOwnPost} tells that a reply's target is a post this
     * gateway published (Instagram comments on a post and replies to a comment are different calls).
     */
    default PlatformRequests.Result request(OutboundActionRequested action, boolean onOwnPost) {
        return request(action);
    }

    /**
     * The request after {@code done} (the answers so far, in order) when the action takes several — upload the
     * images, then post; create a container, then publish it — or empty once the last one is done.
     */
    default Optional<PlatformRequest> next(OutboundActionRequested action, List<PlatformAnswer.Done> done) {
        return Optional.empty();
    }

    /** Reads the platform's answer to an attempt of {@code request}. */
    PlatformAnswer answer(OutboundActionRequested action, PlatformRequest request, PlatformResponse response,
            Instant now);

    /**
     * The request reading what the account published lately — its recent posts for a post, the post's comments for
     * a reply — to find an action whose outcome is unknown; empty where the platform offers no such read.
     */
    default Optional<PlatformRequest> recent(OutboundActionRequested action, boolean onOwnPost) {
        return Optional.empty();
    }

    /**
     * The read of the next page of the same list (older posts or comments) after {@code response}, an answer to
     * {@link #recent} or to an earlier next page; empty when the answer says there is none. Reconciliation follows it
     * while the posts it reads are no older than the attempt: a burst of posts on one account pushes a post whose
     * answer was lost off the first page before its visibility delay is over.
     */
    default Optional<PlatformRequest> nextPage(OutboundActionRequested action, boolean onOwnPost,
            PlatformResponse response) {
        return Optional.empty();
    }

    /** The posts or comments in an answer to {@link #recent}; empty when it is not a list the gateway can read. */
    default List<Published> readRecent(OutboundActionRequested action, PlatformResponse response) {
        return List.of();
    }

    /** The public address of a published post or comment, when it can be known without asking. */
    default String permalink(OutboundActionRequested action, String objectId) {
        return null;
    }

    /**
     * What the platform would answer {@code request} with, for a sandbox account: the shape of its real success
     * answer, with {@code sandboxId} where it puts the new object's id.
     */
    String sandboxAnswer(OutboundActionRequested action, PlatformRequest request, String sandboxId);

    /** A post or comment read back from the platform (its author's id and creation time when the answer has them). */
    record Published(String id, String text, String permalink, String author, java.time.Instant createdAt) {
    }
}
