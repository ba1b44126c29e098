-- Volumes by moment of truth and sentiment over time: one row per interaction heard on parley.interactions.v1,
-- keyed by the event id (a redelivery changes nothing), with what enrichment read in it. Figures are grouped
-- per day or hour in SQL at query time.
CREATE TABLE interaction_volume (
    event_id        UUID        PRIMARY KEY,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL,
    language        TEXT,
    moment          TEXT,
    spam            BOOLEAN     NOT NULL,
    sentiment       TEXT,
    sentiment_score DOUBLE PRECISION
);
CREATE INDEX interaction_volume_window ON interaction_volume (brand, written_at);
CREATE INDEX interaction_volume_channel ON interaction_volume (brand, platform, written_at);
