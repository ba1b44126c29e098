package io.parley.contracts.insights;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A channel account's followers as its network reported them on one day (UTC). Field meanings are in
 * {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "How many followers (fans, subscribers, members) a brand's channel account has, read from its network by ingest-service's insights connectors (for a sandbox account, a plausible, steadily growing count). One reading or more per account and day; the event id names the account, the day and the reading, and analytics-service keeps the day's latest reading, from which it reports follower growth per day.",
        key = "`channelAccountId`",
        fields = {
        "channelAccountId: the gateway's id of the channel account",
        "platformAccountId: the account's id on the network",
        "platform: the network",
        "day: the day (UTC) the count belongs to",
        "followers: the count the network reported",
        "observedAt: when it was read",
        "sandbox: true when the count was made up for a sandbox channel account"})
public record FollowerCountObserved(
        String channelAccountId,
        String platformAccountId,
        Platform platform,
        LocalDate day,
        long followers,
        Instant observedAt,
        boolean sandbox) implements Payload {

    public static final String TYPE = "parley.insights.follower-count-observed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.ENGAGEMENT;
    }
}
