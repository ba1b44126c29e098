-- Platform requests the sandbox connector recorded instead of sending (one per outbound action).
CREATE TABLE sandbox_request (
    id                 UUID PRIMARY KEY,
    action_id          UUID        NOT NULL UNIQUE,
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    channel_account_id TEXT        NOT NULL,
    action             TEXT        NOT NULL,
    method             TEXT        NOT NULL,
    url                TEXT        NOT NULL,
    content_type       TEXT,
    body               TEXT,
    requested_by       TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX sandbox_request_brand_recent ON sandbox_request (brand, recorded_at DESC);
