-- Images uploaded ahead with POST /v1/documents, for submissions that reference them (the Kafka intake).
-- The image itself is in the blob store (content-addressed); the row says whose it is: a document id of
-- another account is as unknown as one that does not exist.
CREATE TABLE uploaded_document (
    id           UUID        PRIMARY KEY,
    account_id   TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    blob_key     TEXT        NOT NULL,
    sha256       TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX uploaded_document_account ON uploaded_document (account_id, uploaded_at);
