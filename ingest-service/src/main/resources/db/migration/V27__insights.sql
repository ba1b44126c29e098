-- Publishing figures (issue 15): the posts this gateway published, whose figures the insights connectors read from
-- their networks. One row per publishing action, written with its delivery report (sandbox accounts too), so a post
-- is known whichever replica published it.
CREATE TABLE published_post (
    action_id          UUID PRIMARY KEY,
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    channel_account_id TEXT        NOT NULL,
    platform_post_id   TEXT        NOT NULL,
    permalink          TEXT,
    origin             TEXT,
    published_at       TIMESTAMPTZ NOT NULL,
    sandbox            BOOLEAN     NOT NULL
);
CREATE INDEX published_post_account ON published_post (platform, channel_account_id, published_at);

-- When each channel account's figures were read last and are due next; a replica claims an account by moving
-- next_read_at forward (like pull_cursor), so two replicas never read one account at once.
CREATE TABLE insights_cursor (
    channel_id    UUID PRIMARY KEY,
    platform      TEXT        NOT NULL,
    next_read_at  TIMESTAMPTZ NOT NULL,
    last_read_at  TIMESTAMPTZ,
    last_status   TEXT,
    last_error    TEXT,
    posts_read    BIGINT      NOT NULL DEFAULT 0,
    requests      BIGINT      NOT NULL DEFAULT 0
);
