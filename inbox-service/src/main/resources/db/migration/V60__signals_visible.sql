-- Enrichment's abusive and spam signals made visible (issue 16, item 6): each interaction keeps the models' scores
-- beside the flags it kept since V4, and each conversation keeps what the queue shows and filters on —
-- abusive: some customer message of it was read as abusive; spam: every customer message of it was read as spam.
-- Conversations from before this release keep the defaults (false): they are not backfilled.
SET LOCAL lock_timeout = '10s';
ALTER TABLE interaction ADD COLUMN abusive_score DOUBLE PRECISION;
ALTER TABLE interaction ADD COLUMN spam_score DOUBLE PRECISION;
ALTER TABLE conversation ADD COLUMN abusive BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE conversation ADD COLUMN spam BOOLEAN NOT NULL DEFAULT FALSE;
-- The open queue's abusive conversations, soonest due first: few among many, read without walking the queue.
CREATE INDEX conversation_awaiting_abusive ON conversation (brand, due_at, id)
    WHERE abusive AND status IN ('new', 'open');
