-- Spike detection: each complaint or negative interaction heard (by the time Parley observed it), and the
-- spikes raised, so that a brand's signal is raised at most once per window.
CREATE TABLE spike_observation (
    event_id    UUID        NOT NULL,
    signal      TEXT        NOT NULL,
    brand       TEXT        NOT NULL,
    observed_at TIMESTAMPTZ NOT NULL,
    words       TEXT        NOT NULL,
    PRIMARY KEY (event_id, signal)
);
CREATE INDEX spike_observation_window ON spike_observation (brand, signal, observed_at);

CREATE TABLE spike_alert (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    signal       TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    window_end   TIMESTAMPTZ NOT NULL,
    count        BIGINT      NOT NULL,
    baseline     DOUBLE PRECISION NOT NULL,
    raised_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX spike_alert_latest ON spike_alert (brand, signal, window_end DESC);
