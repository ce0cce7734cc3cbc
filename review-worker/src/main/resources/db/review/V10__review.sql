-- review-worker's own state: every routing decision, and the queue of submissions waiting for a person.
CREATE TABLE review_decision (
    qualification_id TEXT        PRIMARY KEY,
    account_id       TEXT        NOT NULL,
    route            TEXT        NOT NULL,
    decision         TEXT        NOT NULL,
    reasons          JSONB       NOT NULL DEFAULT '[]',
    decided_at       TIMESTAMPTZ NOT NULL
);

-- Waiting for a human reviewer (claims and decisions come with the reviewer API).
CREATE TABLE review_task (
    qualification_id TEXT        PRIMARY KEY REFERENCES review_decision (qualification_id),
    due_at           TIMESTAMPTZ NOT NULL,
    claimed_by       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
