-- Outbound actions sent to a platform of a live channel account, one row per action id. The row is
-- written (in_flight) and committed before the first request leaves, and completed after the answer,
-- so an action left in flight by a stopped gateway is found and never sent a second time.
CREATE TABLE outbound_attempt (
    action_id          UUID PRIMARY KEY,
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    channel_account_id TEXT        NOT NULL,
    action             TEXT        NOT NULL,
    origin             TEXT,
    method             TEXT        NOT NULL,
    url                TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('in_flight', 'delivered', 'failed')),
    attempts           INT         NOT NULL DEFAULT 0,
    last_reason        TEXT,
    platform_object_id TEXT,
    started_at         TIMESTAMPTZ NOT NULL,
    last_attempt_at    TIMESTAMPTZ,
    completed_at       TIMESTAMPTZ
);
CREATE INDEX outbound_attempt_in_flight ON outbound_attempt (started_at) WHERE status = 'in_flight';

-- The sandbox records every header a platform would receive (credentials redacted), as a JSON object.
ALTER TABLE sandbox_request ADD COLUMN headers TEXT;
