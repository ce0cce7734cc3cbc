-- Issue 8: a notification is recorded as an intent before anything is sent, one row per recipient, and its
-- outcome after; the dispatcher sends what is pending, each recipient on its own schedule.
ALTER TABLE notification ALTER COLUMN sent_at DROP NOT NULL;
ALTER TABLE notification
    ADD COLUMN recipient_role      TEXT        NOT NULL DEFAULT 'OWNER',
    -- PENDING: to send (again) at next_attempt_at; SENT; FAILED: refused for good, or retries exhausted
    ADD COLUMN state               TEXT        NOT NULL DEFAULT 'SENT',
    ADD COLUMN subject             TEXT,
    ADD COLUMN text_body           TEXT,
    ADD COLUMN html_body           TEXT,
    ADD COLUMN attempts            INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at     TIMESTAMPTZ,
    -- true from the claim of an attempt until its outcome is recorded; still true at the next claim means
    -- the worker stopped in between, maybe after the server took the message: a possible duplicate
    ADD COLUMN in_flight           BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN possible_duplicates INT         NOT NULL DEFAULT 0,
    ADD COLUMN last_error          TEXT,
    ADD COLUMN requested_at        TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE notification DROP CONSTRAINT notification_pkey;
ALTER TABLE notification ADD PRIMARY KEY (notification_id, recipient_role);
CREATE INDEX notification_pending ON notification (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX notification_by_qualification ON notification (qualification_id);

-- The administrator's contact from each submission (sealed), for the second recipient.
CREATE TABLE administrator_contact (
    qualification_id TEXT PRIMARY KEY,
    sealed_contact   TEXT NOT NULL
);
