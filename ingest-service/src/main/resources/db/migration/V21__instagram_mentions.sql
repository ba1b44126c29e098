-- Instagram @-mentions of a brand's account: the webhook says only where (a media id, and a comment id when the
-- mention is in a comment); the text comes from a Graph API read. Each mention waits here, durable before the
-- webhook is answered, until it is read (done), cannot be read (failed, with the platform's reason), or belongs to
-- a sandbox account, where no platform can be asked (sandbox).
CREATE TABLE instagram_mention (
    id              UUID PRIMARY KEY,
    account_id      TEXT        NOT NULL,
    media_id        TEXT        NOT NULL,
    comment_id      TEXT,
    state           TEXT        NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'sandbox')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX instagram_mention_due ON instagram_mention (next_attempt_at) WHERE state = 'pending';
