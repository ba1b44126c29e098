-- The complaint library (R2.9): each settled complaint, how it was settled, and its stemmed terms for search
-- and for suggesting similar past cases (terms keep repeats: the count of a term is its weight in the case).
CREATE TABLE complaint_case (
    id                    UUID PRIMARY KEY,
    brand                 TEXT NOT NULL,
    conversation_id       UUID NOT NULL UNIQUE REFERENCES conversation (id),
    category              TEXT NOT NULL,
    problem               TEXT NOT NULL,
    settlement            TEXT NOT NULL,
    compensation_offer_id UUID REFERENCES compensation_offer (id),
    language              TEXT,
    resolved_by           TEXT NOT NULL,
    resolved_at           TIMESTAMPTZ NOT NULL,
    terms                 TEXT[] NOT NULL
);
CREATE INDEX complaint_case_terms ON complaint_case USING GIN (terms);
CREATE INDEX complaint_case_brand ON complaint_case (brand, resolved_at DESC, id);
