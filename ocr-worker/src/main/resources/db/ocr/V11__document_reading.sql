-- What was read from each image, by content, document type and reader: an image submitted again (a renewal,
-- a resubmission) is not read twice, while a new engine, model or extractor reads it afresh. The reading is
-- the RecognizedDocument event record in Avro's single-object encoding (its schema fingerprint first): a
-- row written under another schema fails to decode and is simply read again. Values inside are sealed.
DROP TABLE recognition;

CREATE TABLE document_reading (
    sha256          TEXT        NOT NULL,
    document_type   TEXT        NOT NULL,
    reader          TEXT        NOT NULL,
    document        BYTEA       NOT NULL,
    read_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, document_type, reader)
);
