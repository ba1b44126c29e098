-- Care figures (docs/metrics.md): one fact row per conversation, maintained from parley.inbox.v1 by the consumer
-- group analytics-service-care. Each event is applied once (its id is claimed in parley_processed_event); the
-- upserts keep the first answer and the team it was given in, so a late or repeated event changes nothing.
-- Durations are kept both as elapsed time and in the brand's business hours in force when the conversation arrived.
CREATE TABLE care_fact (
    conversation_id             UUID PRIMARY KEY,
    brand                       TEXT        NOT NULL,
    channel                     TEXT,
    team                        TEXT,
    assignee                    TEXT,
    first_responder             TEXT,
    moment                      TEXT,
    language                    TEXT,
    received_at                 TIMESTAMPTZ,
    due_at                      TIMESTAMPTZ,
    target_minutes              BIGINT,
    first_response_at           TIMESTAMPTZ,
    met                         BOOLEAN,
    first_resolved_at           TIMESTAMPTZ,
    resolved_at                 TIMESTAMPTZ,
    reopened_count              INT         NOT NULL DEFAULT 0,
    ttfr_seconds                BIGINT,
    ttfr_business_seconds       BIGINT,
    resolution_seconds          BIGINT,
    resolution_business_seconds BIGINT
);
-- Every figure and drill-down reads one brand's conversations that arrived in a window, in arrival order.
CREATE INDEX care_fact_window ON care_fact (brand, received_at, conversation_id);
-- Questions answered (meaningful contacts) are counted by the time of the answer.
CREATE INDEX care_fact_answered ON care_fact (brand, first_response_at) WHERE first_response_at IS NOT NULL;

-- The hours section 9 of each brand's catalogue counts in, per version, from when it took effect
-- (parley.standards.v1): a conversation's business-hours durations use the version in force when it arrived.
CREATE TABLE care_hours (
    brand          TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    effective_from TIMESTAMPTZ NOT NULL,
    section        TEXT,
    PRIMARY KEY (brand, version)
);
CREATE INDEX care_hours_in_force ON care_hours (brand, effective_from DESC, version DESC);
