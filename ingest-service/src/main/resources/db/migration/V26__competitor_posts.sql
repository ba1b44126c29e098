-- Competitors' own posts, read from their public feeds (an RSS source with settings.competitor). One row per feed
-- entry: the id is derived from the source and the entry's id, so reading the feed again adds nothing. A row is
-- written only after its CompetitorPostObserved event is durable in Kafka (a crash in between publishes it again
-- under the same event id, which calendar-service takes once).
CREATE TABLE competitor_post (
    id           UUID PRIMARY KEY,
    channel_id   UUID        NOT NULL,
    brand        TEXT        NOT NULL,
    competitor   TEXT        NOT NULL,
    entry_id     TEXT        NOT NULL,
    permalink    TEXT,
    published_at TIMESTAMPTZ NOT NULL,
    observed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX competitor_post_channel ON competitor_post (channel_id);
