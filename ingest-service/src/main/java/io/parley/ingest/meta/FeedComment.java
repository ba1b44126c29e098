package io.parley.ingest.meta;

import io.parley.contracts.interactions.InteractionKind;

import java.time.Instant;

/**
 * A new comment or reply read from a Page {@code feed} change.
 *
 * @param pageId      the Page the webhook entry is for
 * @param commentId   the comment's Graph id
 * @param postId      the post it is under
 * @param parentId    the post (top-level comment) or the comment it replies to
 * @param kind        comment or reply
 * @param threadId    the top-level comment that holds the conversation
 * @param authorId    the commenter's id
 * @param authorName  the commenter's name
 * @param message     the text, as decoded from the JSON
 * @param createdTime when Facebook says it was written
 */
public record FeedComment(String pageId, String commentId, String postId, String parentId, InteractionKind kind,
        String threadId, String authorId, String authorName, String message, Instant createdTime) {
}
