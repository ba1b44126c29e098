-- A brand's listening rules: which words, in which languages and sources, make an item from a listening
-- source (a public forum feed, an alerts feed, a listening webhook) a mention of the brand.
CREATE TABLE listening_rule (
    id          UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    terms       JSONB       NOT NULL,
    exclusions  JSONB       NOT NULL DEFAULT '[]'::jsonb,
    languages   JSONB       NOT NULL DEFAULT '[]'::jsonb,
    platforms   JSONB       NOT NULL DEFAULT '[]'::jsonb,
    enabled     BOOLEAN     NOT NULL DEFAULT TRUE,
    version     INTEGER     NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT        NOT NULL,
    UNIQUE (brand, name)
);
