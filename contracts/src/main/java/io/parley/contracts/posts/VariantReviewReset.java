package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.List;
import java.util.UUID;

/**
 * The content of a variant in review or approved was changed: its approval starts over in a new round; approvers see the diff between the two versions.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "The content of a variant in review or approved was changed: its approval starts over in a new round; approvers see the diff between the two versions. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the new round",
        "fromVersion: the version that was in review or approved",
        "toVersion: the changed version",
        "by: who changed it",
        "changedFields: text, media, link, firstComment"})
public record VariantReviewReset(
        UUID storyId,
        UUID variantId,
        int round,
        int fromVersion,
        int toVersion,
        String by,
        List<String> changedFields) implements Payload {

    public static final String TYPE = "parley.variant.review-reset.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
