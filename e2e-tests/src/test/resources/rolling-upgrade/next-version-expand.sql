-- The inbox's "version N+1" of RollingUpgradeTest (never shipped): the test writes it as V<N+1>__ next to the
-- migrations of the packaged inbox-service and applies it while version N serves. Expand only, as docs/operations.md
-- (Upgrades) asks: everything N reads and writes stays as it was, so N keeps working on the new schema.

-- Wait at most 10 s for a table's lock: ALTER TABLE queues behind the running transactions and every new query on
-- the table queues behind it. A migration that times out fails the new pod's start, which Kubernetes retries; the
-- old pods never stall. (SET LOCAL: this migration's transaction only, not the pooled connection.)
SET LOCAL lock_timeout = '10s';

-- A new nullable column: N inserts rows without it and never reads it.
ALTER TABLE conversation ADD COLUMN first_reply_channel TEXT;

-- A new column that must not be null gets its default in the same statement: N's inserts, which do not name it,
-- store the default (PostgreSQL 11 and later add such a column without rewriting the table).
ALTER TABLE interaction ADD COLUMN reaction_count INT NOT NULL DEFAULT 0;

-- A new table only N+1 uses, and an index for N+1's new query.
CREATE TABLE conversation_label (
    conversation_id UUID        NOT NULL REFERENCES conversation (id),
    label           TEXT        NOT NULL,
    added_by        TEXT        NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (conversation_id, label)
);
CREATE INDEX conversation_label_by_label ON conversation_label (label, added_at);
