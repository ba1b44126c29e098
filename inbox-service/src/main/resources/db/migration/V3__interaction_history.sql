-- Edits, hides and deletes on the platform. The interaction keeps its current text and state; every
-- change is a revision, the text before it included, so nothing a customer wrote is lost. A change can
-- arrive before the interaction it changes (another partition): it waits here and is applied on arrival.
ALTER TABLE interaction ADD COLUMN state TEXT NOT NULL DEFAULT 'visible'
    CHECK (state IN ('visible', 'hidden', 'deleted'));
ALTER TABLE interaction ADD COLUMN edited_at TIMESTAMPTZ;
ALTER TABLE interaction ADD COLUMN last_changed_at TIMESTAMPTZ;

CREATE TABLE interaction_revision (
    id             UUID PRIMARY KEY,
    interaction_id UUID        NOT NULL,
    change         TEXT        NOT NULL CHECK (change IN ('edited', 'hidden', 'unhidden', 'deleted')),
    text_before    TEXT,
    text_after     TEXT,
    changed_by     TEXT,
    platform_time  TIMESTAMPTZ,
    observed_at    TIMESTAMPTZ NOT NULL,
    applied        BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX interaction_revision_by_interaction ON interaction_revision (interaction_id, observed_at);
