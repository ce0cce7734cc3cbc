-- Every access of a reviewer to the tasks (each holds personal data): who, what, which task, when, how it
-- ended. detail carries the request's shape (filters, document type, decision and reason codes), never a
-- personal value and never the comment's text. Rows are only ever inserted.
CREATE TABLE review_audit (
    id               BIGSERIAL   PRIMARY KEY,
    reviewer         TEXT        NOT NULL,
    action           TEXT        NOT NULL,
    qualification_id TEXT,
    outcome          TEXT        NOT NULL,
    detail           JSONB       NOT NULL DEFAULT '{}',
    at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_audit_by_task ON review_audit (qualification_id, at);
CREATE INDEX review_audit_by_reviewer ON review_audit (reviewer, at);
