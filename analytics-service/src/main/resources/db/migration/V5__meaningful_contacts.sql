-- Meaningful contacts (docs/metrics.md): what the brand's care achieved beyond replies, one row per event
-- from parley.inbox.v1 that counts: a complaint settled, a suggestion passed on (a note that mentions a colleague
-- on a suggestion), an advocate gained, a recommendation requested. Keyed by what it counts, so that a redelivery,
-- or the same thing announced again, counts once.
CREATE TABLE care_contact (
    brand           TEXT        NOT NULL,
    kind            TEXT        NOT NULL,   -- complaint_settled, suggestion_passed_on, advocate_gained, recommendation_requested
    subject         TEXT        NOT NULL,   -- the conversation id, or <platform>:<author id> for advocates
    conversation_id UUID,
    happened_at     TIMESTAMPTZ NOT NULL,
    by_user         TEXT,
    PRIMARY KEY (brand, kind, subject)
);
CREATE INDEX care_contact_window ON care_contact (brand, happened_at);

-- Incidents as inbox-service opens and closes them, marked on the timeline.
CREATE TABLE care_incident (
    incident_id UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    title       TEXT,
    source      TEXT,
    signal      TEXT,
    opened_at   TIMESTAMPTZ,
    closed_at   TIMESTAMPTZ,
    resolution  TEXT
);
CREATE INDEX care_incident_window ON care_incident (brand, opened_at);
