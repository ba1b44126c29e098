-- Who changed the brand's care setup, when, and what (issue 16, item 1): teams and their rotas, the assignment rules,
-- the saved replies. The conversations' audit trail (audit_entry) is per conversation; these changes belong to no
-- conversation, so they have their own trail, written in the transaction of the change and never updated.
CREATE TABLE setup_change (
    id          UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    subject     TEXT        NOT NULL CHECK (subject IN ('team', 'assignment-rules', 'saved-reply')),
    subject_key TEXT        NOT NULL,
    action      TEXT        NOT NULL CHECK (action IN ('created', 'changed', 'deleted')),
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    details     JSONB       NOT NULL DEFAULT '{}'::jsonb
);
-- A brand's changes, newest first (the setup screen's history).
CREATE INDEX setup_change_brand_at ON setup_change (brand, at DESC, id);
