-- POST /v1/recognitions: one row per image a portal asked to have read ahead of a form, and ocr-worker's
-- answer once it arrives. Whichever ingest instance consumes the answer writes it here; the instance whose
-- caller waits finds it here. Values read are sealed (an ID card's are personal data); rows are deleted after
-- ingest.recognition.retention.
CREATE TABLE recognition (
    request_id    UUID        PRIMARY KEY,
    -- the caller's account; null until requests are authenticated by API key
    account_id    TEXT,
    document_type TEXT        NOT NULL,
    sha256        TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    completed_at  TIMESTAMPTZ,
    outcome       TEXT,
    engine        TEXT,
    failure       TEXT,
    -- [{name, sealedValue, confidence, agreement, confirmed, engines, unreadReason}]
    fields        JSONB
);

CREATE INDEX recognition_requested_at ON recognition (requested_at);
