package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A published variant was corrected in the open, after the correction's approval: its post edited, or (where the
 * network allows no edit) a correction reply posted under it.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A published variant was corrected after its correction was approved: the post edited on the network, or a correction reply posted under it where the network allows no edit (X). Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the published variant",
        "correctionId: the correction (a variant of its own, with `correctionOf` naming the published one)",
        "platform: the network",
        "platformPostId: the published post's id on the network",
        "kind: edit (the post's text changed) or reply (a correction reply under the post)",
        "platformObjectId: the reply's id on the network (kind reply), or the post's (kind edit)",
        "previousText: the text before the correction",
        "text: the corrected text, or the reply's",
        "reason: why it was corrected",
        "by: who asked for the correction",
        "correctedAt: when the network accepted it"})
public record VariantCorrected(
        UUID storyId,
        UUID variantId,
        UUID correctionId,
        Platform platform,
        String platformPostId,
        String kind,
        String platformObjectId,
        String previousText,
        String text,
        String reason,
        String by,
        Instant correctedAt) implements Payload {

    public static final String TYPE = "parley.variant.corrected.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
