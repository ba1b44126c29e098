-- Posts planned per channel.
CREATE TABLE post (
    id          UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    platform    TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    planned_for TIMESTAMPTZ NOT NULL,
    status      TEXT        NOT NULL,
    author      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX post_calendar ON post (brand, planned_for);
