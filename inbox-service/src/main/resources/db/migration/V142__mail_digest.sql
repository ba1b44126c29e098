-- E-mail floods bundled (notifications.MailPacing): per person, brand and kind of notification, when the current
-- window began and how many e-mails went out in it; and the bundle (digest) a notification's e-mail went out in.
CREATE TABLE notification_mail_window (
    email_to     text        NOT NULL,
    brand        text        NOT NULL,
    kind         text        NOT NULL,
    window_start timestamptz NOT NULL,
    sent         integer     NOT NULL,
    PRIMARY KEY (email_to, brand, kind)
);

ALTER TABLE notification ADD COLUMN email_digest uuid;

CREATE INDEX notification_in_digest ON notification (email_digest) WHERE email_digest IS NOT NULL;
CREATE INDEX notification_mail_pending ON notification (email_to, brand, kind, created_at, id)
    WHERE email_state = 'pending';
