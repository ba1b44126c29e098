package io.parley.contracts.alerts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Analytics saw far more complaints (or negative interactions) for a brand in the latest window than its
 * baseline: a possible crisis. Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is
 * generated from.
 */
@EventDoc(
        summary = "A brand's complaints or negative interactions in a sliding window rose far above their baseline: a possible crisis. Emitted by analytics-service (at most once per brand, signal and window); consumed by inbox-service, which opens an incident.",
        key = "brand",
        fields = {
        "spikeId: stable id of this spike",
        "signal: what spiked: `complaint` (moment of truth) or `negative` (sentiment)",
        "windowStart: start of the window that spiked",
        "windowEnd: end of the window (the time of the interaction that tipped it)",
        "count: interactions with the signal in the window",
        "baselinePerWindow: the average per window of the same length over the baseline period before it",
        "ratio: `count / max(baselinePerWindow, 1)`",
        "topTerms: the words heard most often in the window's interactions (lower case), most frequent first"})
public record SpikeDetected(
        UUID spikeId,
        String signal,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double baselinePerWindow,
        double ratio,
        List<String> topTerms) implements Payload {

    public static final String TYPE = "parley.alert.spike-detected.v1";

    public SpikeDetected {
        topTerms = topTerms == null ? List.of() : List.copyOf(topTerms);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.ALERTS;
    }
}
