-- Where each polled source (YouTube channel, RSS/Atom feed, forum feed) was read up to. Survives restarts;
-- a replica claims a source by moving next_poll_at forward, so two replicas never poll one source at once.
CREATE TABLE pull_cursor (
    channel_id      UUID PRIMARY KEY,
    platform        TEXT        NOT NULL,
    high_water      TIMESTAMPTZ,
    walk_newest     TIMESTAMPTZ,
    page_token      TEXT,
    etag            TEXT,
    last_modified   TEXT,
    next_poll_at    TIMESTAMPTZ NOT NULL,
    last_polled_at  TIMESTAMPTZ,
    last_status     TEXT,
    last_error      TEXT,
    items_seen      BIGINT      NOT NULL DEFAULT 0,
    requests        BIGINT      NOT NULL DEFAULT 0
);
