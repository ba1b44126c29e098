-- Reply approvals (issue 16 item 5): a brand names agents whose public replies wait for a second person's approval.
CREATE TABLE reply_approval_setting (
    brand         TEXT PRIMARY KEY,
    held_agents   TEXT[]      NOT NULL,
    approvers     TEXT[]      NOT NULL, -- empty: anyone of the brand with the manager, admin or approver role
    due_minutes   INT         NOT NULL CHECK (due_minutes BETWEEN 1 AND 1440),
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Every change of the setting, as it was made: who, when, and the whole setting after it.
CREATE TABLE reply_approval_setting_change (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    held_agents  TEXT[]      NOT NULL,
    approvers    TEXT[]      NOT NULL,
    due_minutes  INT         NOT NULL,
    changed_by   TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX reply_approval_setting_change_by_brand ON reply_approval_setting_change (brand, changed_at DESC);

-- A held reply: the brand it waits in, when it was due for a decision, and the decision.
ALTER TABLE reply
    ADD COLUMN approval_brand    TEXT,
    ADD COLUMN approval_due_at   TIMESTAMPTZ,
    ADD COLUMN decided_by        TEXT,
    ADD COLUMN decided_at        TIMESTAMPTZ,
    ADD COLUMN decision_comment  TEXT,
    ADD COLUMN original_text     TEXT;

-- The approvals queue: a brand's waiting replies, the soonest due first.
CREATE INDEX reply_awaiting_approval ON reply (approval_brand, approval_due_at, id) WHERE status = 'awaiting_approval';
