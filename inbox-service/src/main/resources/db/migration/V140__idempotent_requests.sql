-- Idempotency-Key (issue 19, item 2): the first successful outcome of each operation that sends something to a
-- platform, kept per caller, operation (method and path) and key for parley.inbox.idempotency.keep (24 h), so a
-- retry replays it instead of acting again. The request's fingerprint (SHA-256 of its canonical JSON body) tells a
-- retry from another request reusing the key.
CREATE TABLE idempotent_request (
    caller       TEXT        NOT NULL,
    operation    TEXT        NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INT         NOT NULL,
    location     TEXT,
    body         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, operation, idem_key)
);
-- Expired keys are removed by age.
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
