-- expiry-worker's own state: the validity end of every document that makes a qualification expire, and
-- whether the expiring-soon and expired changes have been published (each exactly once).
CREATE TABLE tracked_qualification (
    qualification_id     TEXT        PRIMARY KEY,
    account_id           TEXT        NOT NULL,
    replaces             TEXT,
    active               BOOLEAN     NOT NULL DEFAULT false,
    expiring_notified_at TIMESTAMPTZ,
    expired_notified_at  TIMESTAMPTZ
);

CREATE TABLE tracked_document (
    qualification_id TEXT NOT NULL REFERENCES tracked_qualification (qualification_id),
    document         TEXT NOT NULL,
    valid_to         DATE NOT NULL,
    PRIMARY KEY (qualification_id, document)
);
CREATE INDEX tracked_document_valid_to ON tracked_document (valid_to);
