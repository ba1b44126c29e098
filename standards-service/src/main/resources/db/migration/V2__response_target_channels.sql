-- The per-channel targets of each version as rows instead of a JSON text column: typed, checked by the
-- database, and queryable ("which brands answer on X within 30 minutes?"). Versions stay immutable.
CREATE TABLE response_target_channel (
    brand                  TEXT   NOT NULL,
    version                BIGINT NOT NULL,
    platform               TEXT   NOT NULL,
    position               INT    NOT NULL,
    first_response_minutes INT    NOT NULL CHECK (first_response_minutes BETWEEN 1 AND 43200),
    PRIMARY KEY (brand, version, platform),
    UNIQUE (brand, version, position),
    FOREIGN KEY (brand, version) REFERENCES response_target_version (brand, version)
);

-- json (not jsonb) keeps the keys in the order they were written, which is the order the manager gave.
INSERT INTO response_target_channel (brand, version, platform, position, first_response_minutes)
SELECT v.brand, v.version, t.platform, (t.ordinality - 1)::int, t.minutes::int
FROM response_target_version v,
     json_each_text(v.platform_minutes::json) WITH ORDINALITY AS t(platform, minutes, ordinality);

ALTER TABLE response_target_version DROP COLUMN platform_minutes;
ALTER TABLE response_target_version
    ADD CONSTRAINT response_target_version_default_minutes CHECK (default_minutes BETWEEN 1 AND 43200);
