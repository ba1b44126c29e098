-- Recommendations obtained (docs/metrics.md, "Meaningful contacts"): a recommendation asked of an advocate is
-- obtained when that author's first praise or positive interaction with the brand written after the request is
-- heard (within parley.analytics.care.recommendation-window). The request and the interaction arrive on different
-- topics, in either order, so both are kept: each request with the interaction that obtained it, and the authors'
-- praise and positive interactions.
CREATE TABLE care_recommendation (
    request_id      UUID PRIMARY KEY,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    author_id       TEXT        NOT NULL,
    conversation_id UUID,
    requested_at    TIMESTAMPTZ NOT NULL,
    obtained_at     TIMESTAMPTZ,            -- when the author wrote the praise that obtained it
    obtained_by     UUID                    -- that interaction's event id
);
CREATE INDEX care_recommendation_author ON care_recommendation (brand, platform, author_id, requested_at);

CREATE TABLE care_author_praise (
    interaction_id UUID PRIMARY KEY,        -- the event id: a redelivery is kept once
    brand          TEXT        NOT NULL,
    platform       TEXT        NOT NULL,
    author_id      TEXT        NOT NULL,
    written_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_author_praise_author ON care_author_praise (brand, platform, author_id, written_at);
