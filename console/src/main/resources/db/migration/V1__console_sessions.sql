-- The signed-in users' tokens, for every console replica (session.SessionStore). The browser's cookie holds the
-- session id; only its SHA-256 is stored, so reading this table gives no cookie. The tokens are AES-256-GCM
-- ciphertext (12-byte nonce first), bound to their row by the id's hash as associated data.
CREATE TABLE console_session (
    id_hash    bytea       PRIMARY KEY,
    tokens     bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

-- session.SessionCleanup deletes what has expired.
CREATE INDEX console_session_expires_at ON console_session (expires_at);
