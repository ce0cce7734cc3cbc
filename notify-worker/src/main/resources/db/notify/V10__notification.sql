-- notify-worker's own state: every notification it was asked for and whether it was sent.
-- The recipient stays sealed at rest.
CREATE TABLE notification (
    notification_id  TEXT        PRIMARY KEY,
    qualification_id TEXT        NOT NULL,
    template         TEXT        NOT NULL,
    sealed_recipient TEXT        NOT NULL,
    message_id       TEXT        NOT NULL,
    sent_at          TIMESTAMPTZ NOT NULL
);
