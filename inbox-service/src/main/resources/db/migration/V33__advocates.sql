-- Advocates (R2.12): authors with repeated positive interactions, read from the interactions themselves
-- (this index), and the recommendation requests sent to them (never twice within the configured period).
CREATE INDEX interaction_positive_author ON interaction (brand, platform, author_id, conversation_id)
    WHERE moment = 'praise' OR sentiment = 'positive';

CREATE TABLE advocate_request (
    id              UUID PRIMARY KEY,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    author_id       TEXT        NOT NULL,
    author_name     TEXT,
    text            TEXT        NOT NULL,
    channel         TEXT        NOT NULL,   -- direct_message (sent through the gateway) or task (for a person)
    action_id       UUID,
    conversation_id UUID        REFERENCES conversation (id),
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX advocate_request_author ON advocate_request (brand, platform, author_id, requested_at DESC);
