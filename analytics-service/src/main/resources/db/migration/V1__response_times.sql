-- One sample per answered conversation, and the conversations opened, from parley.inbox.v1.
CREATE TABLE response_sample (
    conversation_id UUID PRIMARY KEY,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    answered_at     TIMESTAMPTZ NOT NULL,
    ttfr_seconds    BIGINT      NOT NULL,
    within_target   BOOLEAN     NOT NULL,
    answered_by     TEXT
);
CREATE INDEX response_sample_by_brand ON response_sample (brand, answered_at);

CREATE TABLE conversation_opened (
    conversation_id UUID PRIMARY KEY,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_opened_by_brand ON conversation_opened (brand, received_at);
