-- OAuth token refresh (issue 16; docs/adr/0011-channel-tokens-encrypted-in-postgresql.md): when a stored token was
-- last refreshed, and when the network refused its refresh token (the account then needs connecting again; a refused
-- refresh token is not tried again until the flow stores new tokens).
ALTER TABLE channel_token
    ADD COLUMN refreshed_at        TIMESTAMPTZ,
    ADD COLUMN refresh_refused_at  TIMESTAMPTZ;
CREATE INDEX channel_token_expiring ON channel_token (expires_at) WHERE expires_at IS NOT NULL;
