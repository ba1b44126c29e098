-- Answering: statuses, search, author history, notes, the audit trail, saved replies, standards checks on
-- replies, grouped answers and moderation (docs/inbox.md).

-- Statuses: new, open, pending_customer, answered, resolved. Rows stored before keep open/answered.
ALTER TABLE conversation ADD CONSTRAINT conversation_status_known
    CHECK (status IN ('new', 'open', 'pending_customer', 'answered', 'resolved'));
-- The open queue (new and open: the brand owes an answer) by due time: an index scan, no sort.
CREATE INDEX conversation_awaiting ON conversation (brand, due_at, id) WHERE status IN ('new', 'open');

-- Full-text search: the stems of everything the customer wrote in the conversation, computed in Java with
-- Lucene's stemmers (English and Russian Snowball, Polish Stempel, Greek) and stored as lexemes; queries are
-- stemmed the same way. Rows stored before get their lower-case words (no stems) until they change.
ALTER TABLE conversation ADD COLUMN search TSVECTOR;
UPDATE conversation c SET search = (SELECT to_tsvector('simple', coalesce(string_agg(i.text, ' '), ''))
                                    FROM interaction i WHERE i.conversation_id = c.id);
CREATE INDEX conversation_search ON conversation USING GIN (search);

-- Author history: the same person's conversations on the same network (any channel account, any brand the
-- user may see), and under the same name elsewhere.
CREATE INDEX conversation_by_author ON conversation (platform, author_id);
CREATE INDEX conversation_by_author_name ON conversation (lower(author_name));

-- Internal notes with @mentions.
CREATE TABLE conversation_note (
    id              UUID PRIMARY KEY,
    conversation_id UUID        NOT NULL REFERENCES conversation (id),
    brand           TEXT        NOT NULL,
    author          TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    mentions        TEXT        NOT NULL, -- user names, space-separated, in order of first mention
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_note_by_conversation ON conversation_note (conversation_id, created_at);

-- The audit trail: every change to a conversation, by whom and when. Append-only.
CREATE TABLE audit_entry (
    id              UUID PRIMARY KEY,
    seq             BIGSERIAL   NOT NULL, -- the order entries were written in
    conversation_id UUID        NOT NULL,
    brand           TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    details         JSONB       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_by_conversation ON audit_entry (conversation_id, seq);

-- Replies: what the standards check said, and an approver's override of blocking findings.
ALTER TABLE reply ADD COLUMN check_verdict TEXT;
ALTER TABLE reply ADD COLUMN check_findings JSONB;
ALTER TABLE reply ADD COLUMN override_by TEXT;
ALTER TABLE reply ADD COLUMN override_reason TEXT;

-- Saved replies per brand and language, with {variables} and tone guidance.
CREATE TABLE saved_reply (
    id         UUID PRIMARY KEY,
    brand      TEXT        NOT NULL,
    language   TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    sentiment  TEXT        CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    guidance   TEXT,
    created_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX saved_reply_by_brand ON saved_reply (brand, language, title);

-- Grouped answers: one public statement, posted once per channel account, answering several conversations.
CREATE TABLE grouped_answer (
    id         UUID PRIMARY KEY,
    brand      TEXT        NOT NULL,
    text       TEXT        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE grouped_answer_post (
    action_id          UUID PRIMARY KEY,
    grouped_answer_id  UUID        NOT NULL REFERENCES grouped_answer (id),
    platform           TEXT        NOT NULL,
    channel_account_id TEXT        NOT NULL,
    target_object_id   TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    platform_object_id TEXT,
    failure_reason     TEXT,
    delivered_at       TIMESTAMPTZ
);
CREATE TABLE grouped_answer_conversation (
    grouped_answer_id UUID NOT NULL REFERENCES grouped_answer (id),
    conversation_id   UUID NOT NULL REFERENCES conversation (id),
    action_id         UUID NOT NULL REFERENCES grouped_answer_post (action_id),
    PRIMARY KEY (grouped_answer_id, conversation_id)
);
CREATE INDEX grouped_answer_by_conversation ON grouped_answer_conversation (conversation_id);
CREATE INDEX grouped_answer_by_action ON grouped_answer_conversation (action_id);

-- Moderation: hide, unhide or delete an interaction on its platform, with a reason, by whom and when.
CREATE TABLE moderation_action (
    action_id       UUID PRIMARY KEY,
    interaction_id  UUID        NOT NULL REFERENCES interaction (id),
    conversation_id UUID        NOT NULL,
    brand           TEXT        NOT NULL,
    action          TEXT        NOT NULL CHECK (action IN ('hide', 'unhide', 'delete')),
    reason          TEXT        CHECK (reason IN ('abusive', 'spam', 'below_the_belt', 'legal')),
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    failure_reason  TEXT,
    completed_at    TIMESTAMPTZ
);
CREATE INDEX moderation_action_by_interaction ON moderation_action (interaction_id, requested_at);

-- Per brand: hide comments enrichment classified abusive as they arrive.
CREATE TABLE moderation_rule (
    brand              TEXT PRIMARY KEY,
    auto_hide_abusive  BOOLEAN     NOT NULL,
    updated_by         TEXT        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
