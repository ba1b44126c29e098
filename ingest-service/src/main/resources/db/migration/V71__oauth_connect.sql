-- The OAuth connect flow (issue 16; docs/adr/0011-channel-tokens-encrypted-in-postgresql.md).
-- One row per flow started: the state's id is single-use (used_at), expires, and is bound to the user and brand
-- that started it; the PKCE verifier never leaves the service. Rows are kept: with how each flow ended (outcome:
-- connected or the connect error's code, the account and channel) they are the audit of connect flows.
CREATE TABLE oauth_state (
    id             UUID PRIMARY KEY,
    network        TEXT        NOT NULL,
    brand          TEXT        NOT NULL,
    user_name      TEXT        NOT NULL,
    code_verifier  TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    used_at        TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    outcome        TEXT,
    account_id     TEXT,
    channel_id     UUID
);
CREATE INDEX oauth_state_expires ON oauth_state (expires_at);

-- Tokens the flow obtained, encrypted (AES-256-GCM, key parley.ingest.oauth.token-key; the platform and account are
-- the additional authenticated data, so a ciphertext moved to another row does not decrypt). The channel account
-- refers to its token as stored:<platform>/<accountId>; no API returns it.
CREATE TABLE channel_token (
    platform        TEXT        NOT NULL,
    account_id      TEXT        NOT NULL,
    brand           TEXT        NOT NULL,
    access_token    BYTEA       NOT NULL,
    refresh_token   BYTEA,
    expires_at      TIMESTAMPTZ,
    scope           TEXT,
    obtained_at     TIMESTAMPTZ NOT NULL,
    obtained_by     TEXT        NOT NULL,
    PRIMARY KEY (platform, account_id)
);
