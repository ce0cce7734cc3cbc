-- The latest evaluation of each qualification, as validation-worker published it (SubmissionEvaluated), so
-- that the owner (and, later, a reviewer) can read every rule's result and evidence.
-- One row per qualification: a re-evaluation replaces the row only when it is newer (evaluated_at), so a
-- late redelivery of an older evaluation never hides the current one.
-- The checks are a JSON document because they are written and read only as a whole, never queried by rule;
-- the evidence values in it stay AES-GCM sealed (pd1:...) exactly as they arrived, and are opened only to be
-- masked when the evaluation is shown.
CREATE TABLE evaluation (
    qualification_id UUID        PRIMARY KEY REFERENCES qualification (id),
    event_id         TEXT        NOT NULL,
    evaluated_at     TIMESTAMPTZ NOT NULL,
    checks           JSONB       NOT NULL
);
