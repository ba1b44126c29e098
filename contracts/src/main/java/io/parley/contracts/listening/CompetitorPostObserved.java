package io.parley.contracts.listening;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * One post of a competitor, read from the competitor's public feed that a brand's listening source is marked as
 * (ingest-service's {@code settings.competitor}). Not a mention: it never reaches the inbox. Field meanings are in
 * {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A competitor's own post, read from its public RSS or Atom feed that one of the brand's listening sources is marked as (settings.competitor). Emitted by ingest-service once per post (a feed read again yields the same event id and is not published again); consumed by calendar-service, whose cadence report compares the brand's plan with the competitors' observed posts per week. Never a mention: it does not reach the inbox.",
        key = "`sourceChannelId`",
        fields = {
        "postId: stable id of the post (the same entry read again, from any replica, has the same id; also the event id)",
        "competitor: the competitor's id as the brand's catalogue names it in section 6 (otherBrands.brands[].id), e.g. `globex`",
        "sourceChannelId: the listening source (channel account id in ingest-service) the feed was read through",
        "sourceName: that source's name, for people",
        "feedUrl: the feed's address",
        "entryId: the entry's id in the feed (Atom `id`, RSS `guid`, else its link)",
        "permalink: the entry's link, when the feed gives one",
        "publishedAt: when the competitor published it, from the feed (Atom `published`, else `updated`; RSS `pubDate`)",
        "title: the entry's title, when it has one"})
public record CompetitorPostObserved(
        UUID postId,
        String competitor,
        UUID sourceChannelId,
        String sourceName,
        String feedUrl,
        String entryId,
        String permalink,
        Instant publishedAt,
        String title) implements Payload {

    public static final String TYPE = "parley.listening.competitor-post-observed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.ENGAGEMENT;
    }
}
