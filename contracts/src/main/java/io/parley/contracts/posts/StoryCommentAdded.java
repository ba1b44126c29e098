package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.List;
import java.util.UUID;

/**
 * Someone commented on a story's draft (or on one of its variants).
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "Someone commented on a story's draft (or on one of its variants). Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "commentId: the comment",
        "variantId: the variant it is about, or null for the story",
        "parentId: the comment it answers, or null",
        "author: its author (user, or external reviewer's name)",
        "authorExternal: true for an external reviewer",
        "visibility: internal, or external (external reviewers see it)",
        "mentions: users @mentioned"})
public record StoryCommentAdded(
        UUID storyId,
        UUID commentId,
        UUID variantId,
        UUID parentId,
        String author,
        boolean authorExternal,
        String visibility,
        List<String> mentions) implements Payload {

    public static final String TYPE = "parley.story.comment-added.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
