-- Availability of agents (issue 16, item 4): each person says whether they take new conversations — available, away
-- or offline — one state for every brand they work for (a person is away, not away from one brand). No row means
-- available, as everybody was before this release. Routing gives new conversations only to available members; a team's
-- away limit (minutes; none: never) returns the open conversations of a member away or offline longer than that to the
-- team's queue (ownership.AwayScanner).
CREATE TABLE agent_availability (
    user_name  TEXT PRIMARY KEY,
    state      TEXT        NOT NULL CHECK (state IN ('available', 'away', 'offline')),
    since      TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- The people not available, for routing (read whole: a handful of rows at any moment).
CREATE INDEX agent_availability_unavailable ON agent_availability (user_name) WHERE state <> 'available';
ALTER TABLE team ADD COLUMN away_limit_minutes INT;
