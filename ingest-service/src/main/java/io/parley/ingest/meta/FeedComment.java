package io.parley.ingest.meta;

import io.parley.contracts.interactions.Attachment;
import java.util.List;

import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionKind;

import java.time.Instant;

/**
 * A new comment, reply or message read from a Meta webhook (Facebook Page feed, Messenger,
 * Instagram comments and messaging).
 *
 * @param platform    facebook or instagram
 * @param pageId      the brand's account the webhook entry is for (Page id or Instagram account id)
 * @param commentId   the comment's Graph id
 * @param postId      the post it is under
 * @param parentId    the post (top-level comment) or the comment it replies to
 * @param kind        comment or reply
 * @param threadId    the top-level comment that holds the conversation
 * @param authorId    the commenter's id
 * @param authorName  the commenter's name
 * @param message     the text, as decoded from the JSON
 * @param createdTime when Facebook says it was written
 * @param profileUrl  a link to the author's profile, when one can be made
 * @param permalink   a link to the comment, when one can be made
 * @param attachments photos, videos, files attached to it
 */
public record FeedComment(Platform platform, String pageId, String commentId, String postId, String parentId, InteractionKind kind,
        String threadId, String authorId, String authorName, String message, Instant createdTime,
        String profileUrl, String permalink, List<Attachment> attachments) {

    public FeedComment {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A comment or message with nothing attached. */
    public FeedComment(Platform platform, String pageId, String commentId, String postId, String parentId,
            InteractionKind kind, String threadId, String authorId, String authorName, String message,
            Instant createdTime, String profileUrl, String permalink) {
        this(platform, pageId, commentId, postId, parentId, kind, threadId, authorId, authorName, message, createdTime,
                profileUrl, permalink, List.of());
    }
}
