-- Secret iCalendar feed URLs: per brand (every story) or per user (their stories). Only the token's SHA-256 is
-- stored; revoking is a column, so a revoked URL answers 410 for good.
CREATE TABLE calendar_feed (
    id         UUID PRIMARY KEY,
    brand      TEXT        NOT NULL,
    scope      TEXT        NOT NULL CHECK (scope IN ('brand', 'mine')),
    owner      TEXT        NOT NULL,
    token_hash BYTEA       NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    revoked_by TEXT,
    last_read_at TIMESTAMPTZ
);
CREATE INDEX calendar_feed_owner ON calendar_feed (brand, owner);
