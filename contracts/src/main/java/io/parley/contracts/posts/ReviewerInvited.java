package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * An editor invited an external reviewer to one story through a signed, expiring link.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An editor invited an external reviewer to one story through a signed, expiring link. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "reviewerId: the review link's id",
        "email: the reviewer's e-mail address",
        "name: the reviewer's name",
        "expiresAt: when the link stops working",
        "by: who invited them"})
public record ReviewerInvited(
        UUID storyId,
        UUID reviewerId,
        String email,
        String name,
        Instant expiresAt,
        String by) implements Payload {

    public static final String TYPE = "parley.reviewer.invited.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
