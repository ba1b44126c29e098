-- The inbox: conversations, what customers said, what the brand replied, and the brands' targets.

CREATE TABLE conversation (
    id                             UUID PRIMARY KEY,
    brand                          TEXT        NOT NULL,
    platform                       TEXT        NOT NULL,
    channel_account_id             TEXT        NOT NULL,
    thread_id                      TEXT        NOT NULL,
    status                         TEXT        NOT NULL,
    received_at                    TIMESTAMPTZ NOT NULL,
    due_at                         TIMESTAMPTZ NOT NULL,
    author_id                      TEXT,
    author_name                    TEXT,
    author_profile_url             TEXT,
    last_interaction_at            TIMESTAMPTZ NOT NULL,
    reply_target_id                TEXT        NOT NULL,
    preview                        TEXT        NOT NULL,
    interaction_count              INT         NOT NULL,
    first_response_at              TIMESTAMPTZ,
    time_to_first_response_seconds BIGINT,
    version                        BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (brand, platform, channel_account_id, thread_id)
);
-- The queue: a brand's conversations in a status, by due time (an index scan, no sort).
CREATE INDEX conversation_queue ON conversation (brand, status, due_at, id);

CREATE TABLE interaction (
    id                 UUID PRIMARY KEY,
    conversation_id    UUID        NOT NULL REFERENCES conversation (id),
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    platform_object_id TEXT        NOT NULL,
    parent_id          TEXT,
    author_id          TEXT,
    author_name        TEXT,
    author_profile_url TEXT,
    text               TEXT        NOT NULL,
    permalink          TEXT,
    platform_time      TIMESTAMPTZ,
    observed_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX interaction_by_conversation ON interaction (conversation_id, observed_at);

CREATE TABLE reply (
    id                 UUID PRIMARY KEY,
    conversation_id    UUID        NOT NULL REFERENCES conversation (id),
    text               TEXT        NOT NULL,
    author             TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    action_id          UUID        NOT NULL UNIQUE,
    idempotency_key    TEXT,
    target_object_id   TEXT        NOT NULL,
    platform_object_id TEXT,
    failure_reason     TEXT,
    created_at         TIMESTAMPTZ NOT NULL,
    delivered_at       TIMESTAMPTZ,
    UNIQUE (conversation_id, idempotency_key)
);
CREATE INDEX reply_by_conversation ON reply (conversation_id, created_at);

CREATE TABLE response_target (
    brand            TEXT PRIMARY KEY,
    version          BIGINT NOT NULL,
    default_minutes  INT    NOT NULL,
    platform_minutes TEXT   NOT NULL
);
