-- validation-worker's own state: what it learned of each qualification from events. A case is evaluated
-- once both halves (the submission and what OCR read) have arrived, in whichever order they come.
-- Both are stored as Avro single-object encodings; personal fields inside them stay sealed.
CREATE TABLE case_file (
    qualification_id TEXT        PRIMARY KEY,
    submission       BYTEA,
    recognition      BYTEA,
    evaluated_at     TIMESTAMPTZ,
    outcome          TEXT
);
