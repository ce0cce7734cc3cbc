-- What the reviewer API needs. A routing decision keeps the rule results that drove it (the failures that
-- rejected it, the passes that approved it, the open results that sent it to a person).
ALTER TABLE review_decision ADD COLUMN checks JSONB NOT NULL DEFAULT '[]';

-- A task now carries what a reviewer sees without asking another worker: the evaluation (every check, not
-- only those that did not pass; older rows keep only theirs), the document claim checks, the deadline's
-- start and whether the deadline is provisional (computed past the calendar's known years); then the claim
-- and the reviewer's decision. claimed_by stays set after the decision: it names who held the task.
ALTER TABLE review_task
    ADD COLUMN account_id                TEXT,
    ADD COLUMN kind                      TEXT        NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN qualification_name        TEXT,
    ADD COLUMN replaces_qualification_id TEXT,
    ADD COLUMN documents                 JSONB       NOT NULL DEFAULT '[]',
    ADD COLUMN evaluated_at              TIMESTAMPTZ,
    ADD COLUMN due_provisional           BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN claimed_at                TIMESTAMPTZ,
    ADD COLUMN decision                  TEXT,
    ADD COLUMN decision_reasons          JSONB,
    ADD COLUMN comment                   TEXT,
    ADD COLUMN decided_by                TEXT,
    ADD COLUMN decided_at                TIMESTAMPTZ;

UPDATE review_task t SET account_id = d.account_id, evaluated_at = d.decided_at
FROM review_decision d WHERE d.qualification_id = t.qualification_id;
ALTER TABLE review_task ALTER COLUMN account_id SET NOT NULL;
ALTER TABLE review_task ALTER COLUMN evaluated_at SET NOT NULL;

-- A decision is whole or absent; only a claimed task is decided.
ALTER TABLE review_task ADD CONSTRAINT review_task_decision_whole CHECK (
    (decided_at IS NULL) = (decided_by IS NULL) AND (decided_at IS NULL) = (decision IS NULL)
    AND (decided_at IS NULL OR claimed_by IS NOT NULL));
ALTER TABLE review_task ADD CONSTRAINT review_task_decision_known CHECK (decision IN ('APPROVED', 'REJECTED'));

-- The queue, oldest deadline first: the list's order and its cursor.
CREATE INDEX review_task_queue ON review_task (due_at, qualification_id) WHERE decided_at IS NULL;
