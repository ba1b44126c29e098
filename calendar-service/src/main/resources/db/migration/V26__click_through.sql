-- Click-throughs (issue 15): the link of a published variant goes out as a short address of calendar-service's
-- (/api/v1/public/links/{code}) that counts the click and redirects to the link with the catalogue's UTM parameters.
-- One row per variant; a correction that changes the link changes the target, the address stays.
CREATE TABLE tracked_link (
    code            TEXT PRIMARY KEY,
    variant_id      UUID        NOT NULL UNIQUE,
    story_id        UUID        NOT NULL,
    brand           TEXT        NOT NULL,
    channel_account TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    target          TEXT        NOT NULL,
    clicks          BIGINT      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL
);
