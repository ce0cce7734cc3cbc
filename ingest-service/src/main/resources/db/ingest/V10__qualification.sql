-- ingest-service owns the qualification as submitted and the status history it is shown with.
-- Personal data is sealed (AES-GCM) before it reaches these tables.
CREATE TABLE qualification (
    id                        UUID        PRIMARY KEY,
    account_id                TEXT        NOT NULL,
    kind                      TEXT        NOT NULL,
    name                      TEXT        NOT NULL,
    enterprise_name           TEXT        NOT NULL,
    credit_code               TEXT,
    status                    TEXT        NOT NULL,
    sealed_application        TEXT        NOT NULL,
    sealed_notification_email TEXT        NOT NULL,
    submitted_at              TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX qualification_account ON qualification (account_id, submitted_at DESC);

CREATE TABLE qualification_document (
    qualification_id UUID   NOT NULL REFERENCES qualification (id),
    type             TEXT   NOT NULL,
    blob_key         TEXT   NOT NULL,
    sha256           TEXT   NOT NULL,
    content_type     TEXT   NOT NULL,
    size_bytes       BIGINT NOT NULL,
    PRIMARY KEY (qualification_id, type)
);

-- In arrival order (seq): one qualification's status events share a partition, so arrival order is the
-- order in which they happened, whatever the clocks of the workers that wrote them say.
CREATE TABLE status_history (
    seq              BIGSERIAL   NOT NULL,
    event_id         TEXT        PRIMARY KEY,
    qualification_id UUID        NOT NULL REFERENCES qualification (id),
    status           TEXT        NOT NULL,
    reasons          JSONB       NOT NULL DEFAULT '[]',
    source           TEXT        NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX status_history_qualification ON status_history (qualification_id, seq);
