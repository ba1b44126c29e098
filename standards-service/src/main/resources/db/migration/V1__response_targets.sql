-- Every version of every brand's response-time targets (standard 9); the highest version is current.
CREATE TABLE response_target_version (
    brand            TEXT        NOT NULL,
    version          BIGINT      NOT NULL,
    default_minutes  INT         NOT NULL,
    platform_minutes TEXT        NOT NULL,
    changed_by       TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, version)
);
