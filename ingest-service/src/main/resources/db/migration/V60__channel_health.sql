-- Channel health (issue 16, item 2): what the gateway knows about each channel account's calls and events, and the
-- health state it shows (healthy, silent, token_revoked, missing_permission, rate_limited, poll_errors,
-- token_expiring). One row per account, written when a platform call or poll ends and when the health scan runs;
-- removed with its account. A new table only: expand-safe.
CREATE TABLE channel_health (
    channel_id         UUID PRIMARY KEY REFERENCES channel_account (id) ON DELETE CASCADE,
    state              TEXT        NOT NULL DEFAULT 'healthy',
    since              TIMESTAMPTZ NOT NULL,
    reason             TEXT,
    until              TIMESTAMPTZ,
    -- the last problem a call showed (token_refused, permission_missing, rate_limited, poll_failed), until a success
    problem            TEXT,
    problem_reason     TEXT,
    problem_since      TIMESTAMPTZ,
    problem_until      TIMESTAMPTZ,
    poll_failures      INT         NOT NULL DEFAULT 0,
    -- events heard (webhooks, polls, imports) and the recent gaps between them, in seconds
    last_event_at      TIMESTAMPTZ,
    recent_gaps        JSONB       NOT NULL DEFAULT '[]',
    silent_since       TIMESTAMPTZ,
    silent_last_event  TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX channel_health_state ON channel_health (state);
