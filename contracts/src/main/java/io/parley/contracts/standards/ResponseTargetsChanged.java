package io.parley.contracts.standards;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.util.List;

/**
 * A brand's response-time targets, as they now stand (the whole set, not a delta: the topic is
 * compacted by brand, so the latest record is the truth).
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A brand's response-time targets as they now stand (the whole set). Emitted by standards-service on a compacted topic; consumed by inbox-service to set due times.",
        key = "brand (compacted: the latest record per brand is the truth)",
        fields = {
        "version: the catalogue version these targets belong to",
        "defaultMinutes: the target for a channel that has none of its own",
        "targets: one target per channel",
        "changedBy: who changed them"})
public record ResponseTargetsChanged(
        long version,
        int defaultMinutes,
        List<ChannelTarget> targets,
        String changedBy) implements Payload {

    public static final String TYPE = "parley.standards.response-targets.v1";

    /** The first-response target for one channel, in minutes. */
    public record ChannelTarget(Platform platform, int firstResponseMinutes) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.STANDARDS;
    }
}
