-- Ownership and time: teams with on-duty schedules, assignment rules, the reported rule gaps, every
-- (re)assignment with who and when, section 9 of the brands' standards catalogues, and the deadline
-- columns the warning/breach scanner reads.
CREATE TABLE team (
    id UUID PRIMARY KEY,
    brand TEXT NOT NULL,
    name TEXT NOT NULL,
    strategy TEXT NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    managers TEXT NOT NULL DEFAULT '[]',   -- JSON array of user names
    members TEXT NOT NULL DEFAULT '[]',    -- JSON array of {user, schedule: [{days, from, to, timeZone}]}
    last_assigned TEXT,                    -- round-robin: who got the last conversation
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (brand, name)
);
CREATE UNIQUE INDEX team_one_default ON team (brand) WHERE is_default;

CREATE TABLE assignment_rule (
    id UUID PRIMARY KEY,
    brand TEXT NOT NULL,
    position INT NOT NULL,
    name TEXT NOT NULL,
    platform TEXT,
    channel_account_id TEXT,
    moment TEXT,
    language TEXT,
    keyword TEXT,
    team TEXT,
    assignee TEXT,
    UNIQUE (brand, position)
);

CREATE TABLE assignment_gap (
    id UUID PRIMARY KEY,
    brand TEXT NOT NULL,
    conversation_id UUID NOT NULL,
    reason TEXT NOT NULL,
    rule_name TEXT,
    fallback_team TEXT NOT NULL,
    assignee TEXT,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX assignment_gap_recent ON assignment_gap (brand, at DESC);

CREATE TABLE conversation_assignment (
    id UUID PRIMARY KEY,
    conversation_id UUID NOT NULL,
    team TEXT,
    assignee TEXT,
    previous_team TEXT,
    previous_assignee TEXT,
    reason TEXT NOT NULL,
    rule_name TEXT,
    assigned_by TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_assignment_history ON conversation_assignment (conversation_id, at);

CREATE TABLE catalogue_targets (
    brand TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    section TEXT NOT NULL                  -- section 9 (responseTargets) of the catalogue, JSON
);

ALTER TABLE conversation ADD COLUMN clock_started_at TIMESTAMPTZ;
ALTER TABLE conversation ADD COLUMN warn_at TIMESTAMPTZ;
ALTER TABLE conversation ADD COLUMN target_minutes BIGINT;
UPDATE conversation SET clock_started_at = received_at,
    warn_at = received_at + (due_at - received_at) * 0.75,
    target_minutes = GREATEST(1, EXTRACT(EPOCH FROM (due_at - received_at)) / 60);
-- The scanner's two queries: open conversations whose warning / breach moment has come and not fired yet.
CREATE INDEX conversation_warn_pending ON conversation (warn_at) WHERE warned_at IS NULL AND status = 'open';
CREATE INDEX conversation_breach_pending ON conversation (due_at) WHERE breached_at IS NULL AND status = 'open';
-- No index on (brand, assignee): least-loaded counts a few members' open conversations through the queue
-- index, and a partial index on brand would draw the queue's own query away from conversation_queue.
