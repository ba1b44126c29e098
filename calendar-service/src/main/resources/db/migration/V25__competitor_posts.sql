-- Competitors' own posts as ingest-service's listening observed them on their public feeds (CompetitorPostObserved on
-- parley.engagement.v1), for the cadence report's comparison. One row per post: the post id is the event id and
-- derived from the feed entry, so a redelivered or re-read post adds nothing.
CREATE TABLE competitor_post (
    post_id           UUID PRIMARY KEY,
    brand             TEXT        NOT NULL,
    competitor        TEXT        NOT NULL,
    source_channel_id UUID        NOT NULL,
    source_name       TEXT,
    feed_url          TEXT,
    entry_id          TEXT        NOT NULL,
    permalink         TEXT,
    title             TEXT,
    published_at      TIMESTAMPTZ NOT NULL,
    observed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX competitor_post_brand_time ON competitor_post (brand, competitor, published_at);
