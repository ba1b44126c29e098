-- The page picker after "Connect with Facebook/Instagram" (issue 16; docs/adr/0011-channel-tokens-encrypted-in-postgresql.md).
-- Facebook Login gives a *user* token; each Page (or its Instagram business account) needs the Page's own token, which
-- GET /me/accounts returns. While the person picks, the user token is kept here, encrypted (AES-256-GCM under
-- parley.ingest.oauth.token-key, additional data picking:<network>/<id>), bound to the user and brand that started the
-- flow, and only until expires_at (parley.ingest.oauth.state-ttl). Confirming (or expiry) wipes the token: the row
-- stays, without it, as the audit of the picking (who, which accounts were connected).
CREATE TABLE oauth_picking (
    id           UUID PRIMARY KEY,
    state_id     UUID        NOT NULL,
    network      TEXT        NOT NULL,
    brand        TEXT        NOT NULL,
    user_name    TEXT        NOT NULL,
    user_token   BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    picked       TEXT
);
CREATE INDEX oauth_picking_expires ON oauth_picking (expires_at) WHERE user_token IS NOT NULL;
