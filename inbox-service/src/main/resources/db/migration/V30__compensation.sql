-- Compensation (R2.8): what each role or person may offer on their own, and the ledger of offers.
-- Money is an integer of the currency's minor units plus its ISO 4217 code.
CREATE TABLE compensation_limit (
    id           UUID PRIMARY KEY,
    brand        TEXT   NOT NULL,
    subject_kind TEXT   NOT NULL CHECK (subject_kind IN ('role', 'user')),
    subject      TEXT   NOT NULL,
    currency     TEXT   NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    updated_by   TEXT   NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (brand, subject_kind, subject, currency)
);

CREATE TABLE compensation_offer (
    id               UUID PRIMARY KEY,
    brand            TEXT   NOT NULL,
    conversation_id  UUID   NOT NULL REFERENCES conversation (id),
    kind             TEXT   NOT NULL,
    amount_minor     BIGINT NOT NULL CHECK (amount_minor > 0),
    currency         TEXT   NOT NULL,
    note             TEXT,
    offered_by       TEXT   NOT NULL,
    offered_at       TIMESTAMPTZ NOT NULL,
    limit_minor      BIGINT NOT NULL,
    -- offered (within the limit), pending_approval, approved, rejected
    status           TEXT   NOT NULL,
    approval_due_at  TIMESTAMPTZ,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_comment TEXT,
    version          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX compensation_offer_ledger ON compensation_offer (brand, offered_at DESC, id);
CREATE INDEX compensation_offer_pending ON compensation_offer (brand, approval_due_at) WHERE status = 'pending_approval';
CREATE INDEX compensation_offer_conversation ON compensation_offer (conversation_id);
