-- "Pause all publishing" (issue 21 item 8): a manager stops every scheduled post of a brand until the pause is lifted,
-- e.g. during a crisis. One row per pause, kept after it is lifted: the row is the audit of who paused, when and why,
-- who lifted it, when, why, and what became of the posts held meanwhile. At most one pause of a brand is in force
-- (the partial unique index), so two managers pausing at once on two replicas make one pause and one 409.
-- The scheduler's claim (PublishScheduler) skips a brand with a pause in force: a post due meanwhile stays scheduled.
CREATE TABLE publishing_pause (
    id           UUID        PRIMARY KEY,
    brand        TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    incident_id  UUID,
    paused_by    TEXT        NOT NULL,
    paused_at    TIMESTAMPTZ NOT NULL,
    lifted_by    TEXT,
    lifted_at    TIMESTAMPTZ,
    lift_reason  TEXT,
    -- on lift: send (the held posts go out now, oldest due first) or reschedule (they go back to approved, without a time)
    held         TEXT,
    held_count   INTEGER
);

CREATE UNIQUE INDEX publishing_pause_in_force ON publishing_pause (brand) WHERE lifted_at IS NULL;
CREATE INDEX publishing_pause_brand_time ON publishing_pause (brand, paused_at DESC);
