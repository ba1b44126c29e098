-- Notifications that reach people (issue 16, item 3): what each person is told (the notification centre and its
-- e-mail, sent once from this table as from an outbox), what each person chose to get, and the brands' signed
-- outgoing webhooks with their delivery log. New tables only (expand).

-- One row per recipient of a source event: a redelivered event finds its row and changes nothing.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    source_event_id uuid NOT NULL,
    recipient       text NOT NULL,
    brand           text NOT NULL,
    kind            text NOT NULL,
    params          jsonb NOT NULL,
    link            text,
    created_at      timestamptz NOT NULL,
    in_centre       boolean NOT NULL,
    read_at         timestamptz,
    -- the e-mail: none (not wanted or no address), pending, sending (taken by a sender), sent, failed
    email_state     text NOT NULL,
    email_to        text,
    email_locale    text,
    email_attempts  integer NOT NULL DEFAULT 0,
    email_next_at   timestamptz,
    email_sent_at   timestamptz,
    email_error     text,
    CONSTRAINT notification_once UNIQUE (source_event_id, recipient)
);
CREATE INDEX notification_of_recipient ON notification (recipient, created_at DESC, id DESC) WHERE in_centre;
CREATE INDEX notification_unread ON notification (recipient) WHERE in_centre AND read_at IS NULL;
CREATE INDEX notification_email_due ON notification (email_next_at) WHERE email_state = 'pending';

-- A person's choice per kind; a kind without a row gets the defaults (NotificationKind).
CREATE TABLE notification_preference (
    recipient text NOT NULL,
    kind      text NOT NULL,
    centre    boolean NOT NULL,
    email     boolean NOT NULL,
    PRIMARY KEY (recipient, kind)
);

CREATE TABLE webhook_subscription (
    id         uuid PRIMARY KEY,
    brand      text NOT NULL,
    url        text NOT NULL,
    kinds      text[] NOT NULL,
    secret     text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    deleted_at timestamptz
);
CREATE INDEX webhook_subscription_of_brand ON webhook_subscription (brand) WHERE deleted_at IS NULL;

-- One delivery per subscription and source event; attempts and the next one kept here (the delivery log).
CREATE TABLE webhook_delivery (
    id              uuid PRIMARY KEY,
    subscription_id uuid NOT NULL REFERENCES webhook_subscription (id),
    source_event_id uuid NOT NULL,
    kind            text NOT NULL,
    body            text NOT NULL,
    status          text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_code       integer,
    last_error      text,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, source_event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at DESC, id DESC);
