-- Publishing figures (issue 15), maintained from the events; V4–V9 are the care figures'.
-- Each published post's latest reading from its network (PostMetricsObserved): a reading older than the one kept
-- changes nothing, so a redelivery or a late reading never moves a figure back.
CREATE TABLE publishing_post (
    post_key            TEXT PRIMARY KEY,        -- the variant's id, or <platform>:<post id> for a post not from a story
    brand               TEXT        NOT NULL,
    platform            TEXT        NOT NULL,
    channel_account_id  TEXT        NOT NULL,
    platform_account_id TEXT,
    platform_post_id    TEXT        NOT NULL,
    story_id            UUID,
    variant_id          UUID,
    permalink           TEXT,
    published_at        TIMESTAMPTZ NOT NULL,
    observed_at         TIMESTAMPTZ NOT NULL,
    impressions         BIGINT,
    reach               BIGINT,
    reactions           BIGINT,
    comments            BIGINT,
    shares              BIGINT,
    views               BIGINT,
    sandbox             BOOLEAN     NOT NULL
);
CREATE INDEX publishing_post_window ON publishing_post (brand, published_at DESC, post_key);
CREATE INDEX publishing_post_channel ON publishing_post (brand, channel_account_id, published_at DESC);

-- The story each published variant came from (VariantPublished), for the posts' titles.
CREATE TABLE publishing_variant (
    variant_id  UUID PRIMARY KEY,
    brand       TEXT NOT NULL,
    story_id    UUID NOT NULL,
    story_title TEXT
);

-- Click-throughs per variant (LinkClicked), counted once per event (processed_event claims it).
CREATE TABLE publishing_clicks (
    variant_id UUID PRIMARY KEY,
    brand      TEXT   NOT NULL,
    clicks     BIGINT NOT NULL
);

-- Each channel account's followers per UTC day (FollowerCountObserved): the day's latest reading.
CREATE TABLE publishing_followers (
    channel_account_id TEXT        NOT NULL,
    day                DATE        NOT NULL,
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    followers          BIGINT      NOT NULL,
    observed_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel_account_id, day)
);
CREATE INDEX publishing_followers_brand ON publishing_followers (brand, day);
