-- Publishing part 2: the scheduler claims due variants, a ledger records every outbound action (publish, first
-- comment, edit, delete, correction reply) and every delivery report about it; corrections are variants of their own.
ALTER TABLE variant ADD COLUMN publish_round            INT NOT NULL DEFAULT 0;
-- The outcome of the current publication (null before the first claim).
ALTER TABLE variant ADD COLUMN publication_state        TEXT;
ALTER TABLE variant ADD COLUMN platform_post_id         TEXT;
ALTER TABLE variant ADD COLUMN permalink                TEXT;
ALTER TABLE variant ADD COLUMN published_at             TIMESTAMPTZ;
ALTER TABLE variant ADD COLUMN publish_failure          TEXT;
ALTER TABLE variant ADD COLUMN publish_reason           TEXT;
ALTER TABLE variant ADD COLUMN publish_retry_at         TIMESTAMPTZ;
-- The first comment's delay after publishing (null: the configured default) and its own outcome.
ALTER TABLE variant ADD COLUMN first_comment_delay      INT;
ALTER TABLE variant ADD COLUMN first_comment_state      TEXT;
ALTER TABLE variant ADD COLUMN first_comment_id         TEXT;
ALTER TABLE variant ADD COLUMN first_comment_permalink  TEXT;
-- A correction of a published variant is a variant of its own, through approval: which one it corrects, how
-- (edit, or reply where the network allows no edit) and why.
ALTER TABLE variant ADD COLUMN correction_of            UUID REFERENCES variant (id);
ALTER TABLE variant ADD COLUMN correction_kind          TEXT;
ALTER TABLE variant ADD COLUMN correction_reason        TEXT;
-- A deletion asked for (who, why, when) and when the network confirmed it.
ALTER TABLE variant ADD COLUMN deletion_by              TEXT;
ALTER TABLE variant ADD COLUMN deletion_reason          TEXT;
ALTER TABLE variant ADD COLUMN deletion_requested_at    TIMESTAMPTZ;
ALTER TABLE variant ADD COLUMN deleted_at               TIMESTAMPTZ;

-- What the scheduler looks for every pass: scheduled variants by time.
CREATE INDEX variant_due ON variant (scheduled_for) WHERE status = 'scheduled';
CREATE INDEX variant_correction_of ON variant (correction_of) WHERE correction_of IS NOT NULL;

-- The publish ledger: one row per outbound action calendar-service asked the gateway for.
CREATE TABLE publication_action (
    action_id          UUID PRIMARY KEY,
    variant_id         UUID        NOT NULL REFERENCES variant (id),
    story_id           UUID        NOT NULL REFERENCES story (id),
    brand              TEXT        NOT NULL,
    kind               TEXT        NOT NULL, -- publish, first_comment, edit, delete, correction_reply
    round              INT         NOT NULL,
    action             TEXT        NOT NULL, -- the OutboundAction asked
    target_object_id   TEXT,
    text               TEXT,
    not_before         TIMESTAMPTZ,
    requested_by       TEXT        NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    -- requested, then delayed / unknown on the way, delivered or failed at the end
    state              TEXT        NOT NULL,
    platform_object_id TEXT,
    permalink          TEXT,
    failure            TEXT,
    reason             TEXT,
    retry_at           TIMESTAMPTZ,
    completed_at       TIMESTAMPTZ,
    -- the correction variant an edit or correction reply applies
    correction_id      UUID
);
CREATE INDEX publication_action_variant ON publication_action (variant_id, requested_at);

-- Every delivery report about those actions, once each (a repeated report is a no-op).
CREATE TABLE publication_report (
    action_id          UUID        NOT NULL REFERENCES publication_action (action_id),
    attempt            INT         NOT NULL,
    outcome            TEXT        NOT NULL,
    failure            TEXT,
    reason             TEXT,
    platform_object_id TEXT,
    permalink          TEXT,
    retry_at           TIMESTAMPTZ,
    sandbox            BOOLEAN     NOT NULL,
    at                 TIMESTAMPTZ NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (action_id, attempt, outcome)
);
