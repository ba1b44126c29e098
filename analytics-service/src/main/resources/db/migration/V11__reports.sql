-- The report pack (issue 15 item 5; V11-V19 are the reports'): commentary per period, schedules, deliveries and the
-- audit of every change a manager makes to them.

-- Commentary slots: what a manager writes about a period, shown in that period's PDF. One row per brand, period and
-- slot (summary, care, contacts, publishing, timeline).
CREATE TABLE report_commentary (
    brand       TEXT        NOT NULL,
    period_from TIMESTAMPTZ NOT NULL,
    period_to   TIMESTAMPTZ NOT NULL,
    slot        TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    updated_by  TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, period_from, period_to, slot)
);

-- A brand's report schedules: weekly or monthly, to these addresses, in this language. next_run_at is the end of
-- the next period to deliver; the job claims due rows FOR UPDATE SKIP LOCKED, so each period goes out once.
CREATE TABLE report_schedule (
    id          UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    cadence     TEXT        NOT NULL,
    recipients  TEXT        NOT NULL,            -- addresses separated by commas (none holds one)
    language    TEXT        NOT NULL,
    hours       TEXT        NOT NULL DEFAULT 'all',
    next_run_at TIMESTAMPTZ NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX report_schedule_brand ON report_schedule (brand, created_at);
CREATE INDEX report_schedule_due ON report_schedule (next_run_at);

-- Every pack built for a schedule, with the PDF as sent (the signed link downloads exactly these bytes) and what
-- became of the e-mail.
CREATE TABLE report_delivery (
    id          UUID PRIMARY KEY,
    schedule_id UUID        NOT NULL,
    brand       TEXT        NOT NULL,
    period_from TIMESTAMPTZ NOT NULL,
    period_to   TIMESTAMPTZ NOT NULL,
    language    TEXT        NOT NULL,
    recipients  TEXT        NOT NULL,            -- addresses separated by commas (none holds one)
    created_at  TIMESTAMPTZ NOT NULL,
    status      TEXT        NOT NULL,
    problem     TEXT,
    link_expires_at TIMESTAMPTZ NOT NULL,
    pdf         BYTEA       NOT NULL
);
CREATE INDEX report_delivery_schedule ON report_delivery (schedule_id, created_at DESC);

-- Who changed a brand's report settings (schedules, commentary), when, and what: append-only.
CREATE TABLE report_audit (
    seq         BIGSERIAL PRIMARY KEY,
    brand       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    details     JSONB       NOT NULL
);
CREATE INDEX report_audit_brand ON report_audit (brand, seq DESC);
