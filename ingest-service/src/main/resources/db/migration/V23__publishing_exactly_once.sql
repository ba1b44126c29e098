-- Publishing through the gateway (issue 14): every action ends delivered or failed, on the way possibly delayed
-- (rate limited, waiting for a reconnected channel, or not before its time) or of unknown outcome (being reconciled).
-- outbound_attempt keeps the action itself (request, the event as JSON) so a delayed or unknown one is taken up again
-- by the scheduler, on any replica (FOR UPDATE SKIP LOCKED), after a restart too.
ALTER TABLE outbound_attempt DROP CONSTRAINT IF EXISTS outbound_attempt_status_check;
ALTER TABLE outbound_attempt ADD CONSTRAINT outbound_attempt_status_check
    CHECK (status IN ('in_flight', 'delayed', 'unknown', 'delivered', 'failed'));
ALTER TABLE outbound_attempt
    ADD COLUMN mode      TEXT        NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'sandbox')),
    ADD COLUMN request   TEXT,
    ADD COLUMN round     INT         NOT NULL DEFAULT 1,
    ADD COLUMN resent    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN reads     INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_at   TIMESTAMPTZ,
    ADD COLUMN failure   TEXT,
    ADD COLUMN permalink TEXT,
    ADD COLUMN sent_at   TIMESTAMPTZ;
CREATE INDEX outbound_attempt_due ON outbound_attempt (next_at) WHERE status IN ('delayed', 'unknown');
CREATE INDEX outbound_attempt_waiting_reconnect ON outbound_attempt (platform, channel_account_id)
    WHERE status = 'delayed' AND next_at IS NULL;
CREATE INDEX outbound_attempt_published ON outbound_attempt (platform, platform_object_id)
    WHERE action = 'publish_post';

-- An action may take several requests (upload the images, then post): the sandbox records each, in order.
ALTER TABLE sandbox_request DROP CONSTRAINT IF EXISTS sandbox_request_action_id_key;
ALTER TABLE sandbox_request ADD COLUMN step INT NOT NULL DEFAULT 1;
ALTER TABLE sandbox_request ADD CONSTRAINT sandbox_request_action_step UNIQUE (action_id, step);
-- sandbox-<n>: the ids the sandbox gives what it "creates".
CREATE SEQUENCE sandbox_object_seq;

-- A channel whose token the platform refused (Graph error 190, HTTP 401) needs reconnecting; its actions wait.
ALTER TABLE channel_account
    ADD COLUMN health            TEXT NOT NULL DEFAULT 'ok' CHECK (health IN ('ok', 'needs_reconnect')),
    ADD COLUMN health_reason     TEXT,
    ADD COLUMN health_changed_at TIMESTAMPTZ;

-- Rate-limit budgets: a platform's answer holds an account (scope = its id) or the whole app (scope '*') until then.
CREATE TABLE outbound_rate_hold (
    platform TEXT        NOT NULL,
    scope    TEXT        NOT NULL,
    until    TIMESTAMPTZ NOT NULL,
    reason   TEXT,
    PRIMARY KEY (platform, scope)
);
