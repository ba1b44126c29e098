-- A brand's accounts on the platforms and its other sources (feeds, forums, generic webhooks).
-- Secrets are never stored here: only references to where they live (env:, file:, config:).
CREATE TABLE channel_account (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    platform     TEXT        NOT NULL,
    account_id   TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    mode         TEXT        NOT NULL CHECK (mode IN ('sandbox', 'live')),
    enabled      BOOLEAN     NOT NULL DEFAULT TRUE,
    settings     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    secret_refs  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    origin       TEXT        NOT NULL CHECK (origin IN ('api', 'configuration')),
    version      INTEGER     NOT NULL DEFAULT 1,
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT        NOT NULL,
    UNIQUE (platform, account_id)
);
CREATE INDEX channel_account_brand ON channel_account (brand, platform);
