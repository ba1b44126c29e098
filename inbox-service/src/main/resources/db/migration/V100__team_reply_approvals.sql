-- Reply approvals per team (issue 16 item 5): a team names its own new starters, approvers and due time for replies in
-- the conversations it owns. Where a team holds the author, the team's setting applies; else the brand's
-- (reply_approval_setting, V80). Removing the team removes its setting and keeps the changes for the audit.
CREATE TABLE team_reply_approval_setting (
    brand         TEXT        NOT NULL,
    team          TEXT        NOT NULL,
    held_agents   TEXT[]      NOT NULL,
    approvers     TEXT[]      NOT NULL, -- empty: anyone of the brand with the manager, admin or approver role
    due_minutes   INT         NOT NULL CHECK (due_minutes BETWEEN 1 AND 1440),
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, team),
    FOREIGN KEY (brand, team) REFERENCES team (brand, name) ON DELETE CASCADE
);

-- Every change of a team's setting, as it was made: who, when, and the whole setting after it (removed = true: the
-- team's own setting was removed and the brand's applies again).
CREATE TABLE team_reply_approval_setting_change (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    team         TEXT        NOT NULL,
    held_agents  TEXT[]      NOT NULL,
    approvers    TEXT[]      NOT NULL,
    due_minutes  INT         NOT NULL,
    removed      BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_by   TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX team_reply_approval_setting_change_by_team
    ON team_reply_approval_setting_change (brand, team, changed_at DESC);

-- A held reply: the team whose setting held it (null: the brand's setting held it).
ALTER TABLE reply ADD COLUMN approval_team TEXT;
