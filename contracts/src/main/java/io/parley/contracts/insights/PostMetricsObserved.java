package io.parley.contracts.insights;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * One reading of a published post's figures from its network (or, for a sandbox channel account, the gateway's
 * plausible figures). Counters are the post's lifetime totals at {@code observedAt}; a counter the network does not
 * give is null, never 0. Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated
 * from.
 */
@EventDoc(
        summary = "A published post's figures as its network reported them at one moment (lifetime totals so far): Graph API insights (Facebook, Instagram), X public metrics, LinkedIn share statistics, VK wall counters, YouTube video statistics; for a sandbox channel account, plausible figures the gateway makes up (deterministic, growing with the post's age). Emitted by ingest-service's insights connectors on a schedule, once per post and reading; consumed by analytics-service, which keeps each post's latest reading.",
        key = "`channelAccountId`",
        fields = {
        "storyId: the story the post was published from (null when the post was not published by calendar-service)",
        "variantId: the variant (Parley's post) it was published from; null as for storyId",
        "channelAccountId: the gateway's id of the channel account (as calendar-service's variants name it)",
        "platformAccountId: the account's id on the network",
        "platform: the network",
        "platformPostId: the network's id of the post",
        "permalink: the post's public URL, when known",
        "publishedAt: when the post was published",
        "observedAt: when the figures were read",
        "impressions: times the post was shown (null where the network does not say)",
        "reach: distinct people or accounts the post was shown to (null where the network does not say)",
        "reactions: likes and other reactions",
        "comments: comments and replies",
        "shares: shares, reposts, retweets and quotes",
        "views: video or post views, where the network counts views rather than impressions (YouTube, VK)",
        "sandbox: true when the figures were made up for a sandbox channel account"})
public record PostMetricsObserved(
        UUID storyId,
        UUID variantId,
        String channelAccountId,
        String platformAccountId,
        Platform platform,
        String platformPostId,
        String permalink,
        Instant publishedAt,
        Instant observedAt,
        Long impressions,
        Long reach,
        Long reactions,
        Long comments,
        Long shares,
        Long views,
        boolean sandbox) implements Payload {

    public static final String TYPE = "parley.insights.post-metrics-observed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.ENGAGEMENT;
    }
}
