-- ocr-worker's own state: what it read from each image, by content. An image submitted again (a renewal,
-- a resubmission) is not recognised twice. Text and field values are sealed: they contain ID numbers.
CREATE TABLE recognition (
    sha256          TEXT        NOT NULL,
    engine          TEXT        NOT NULL,
    outcome         TEXT        NOT NULL,
    sealed_text     TEXT,
    sealed_fields   JSONB       NOT NULL DEFAULT '{}',
    failure         TEXT,
    duration_millis BIGINT      NOT NULL,
    recognized_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, engine)
);
