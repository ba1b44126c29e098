-- Incidents (R2.10): a spike alert or a manager opens one; it gathers the brand's related conversations
-- (conversation.incident_id) and records every bulk action taken on them.
CREATE TABLE incident (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    state        TEXT        NOT NULL,          -- open, closed
    source       TEXT        NOT NULL,          -- spike, manual
    spike_id     UUID UNIQUE,
    signal       TEXT,                          -- complaint, negative (moment or sentiment gathered), or null
    terms        TEXT        NOT NULL DEFAULT '', -- words gathered by (stemmed), space separated
    window_start TIMESTAMPTZ NOT NULL,
    window_end   TIMESTAMPTZ NOT NULL,
    opened_by    TEXT        NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    closed_by    TEXT,
    closed_at    TIMESTAMPTZ,
    resolution   TEXT
);
CREATE INDEX incident_banner ON incident (brand, state, opened_at DESC);
CREATE INDEX conversation_incident ON conversation (incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE incident_action (
    id            UUID PRIMARY KEY,
    incident_id   UUID        NOT NULL REFERENCES incident (id),
    action        TEXT        NOT NULL,         -- gather, assign, hide, close
    detail        TEXT        NOT NULL,
    affected      INT         NOT NULL,
    done_by       TEXT        NOT NULL,
    done_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_action_of ON incident_action (incident_id, done_at);
