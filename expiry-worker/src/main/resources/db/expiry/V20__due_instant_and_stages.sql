-- Issue 8: the scan reaches exactly what is due through an index on the next due instant, and a settled row
-- (no due instant) is never read again; the events that make a qualification may arrive in any order.

-- One stage per qualification instead of an active flag and two "notified" stamps:
-- PENDING (not approved yet), ACTIVE, EXPIRING_SOON, EXPIRED, REPLACED, CLOSED (rejected or withdrawn).
ALTER TABLE tracked_qualification
    ADD COLUMN stage        TEXT NOT NULL DEFAULT 'PENDING',
    ADD COLUMN next_due_at  TIMESTAMPTZ,
    ADD COLUMN replaced_by  TEXT,
    ADD COLUMN stage_since  TIMESTAMPTZ;
-- an approval or a recognition may arrive before the submission that names the account
ALTER TABLE tracked_qualification ALTER COLUMN account_id DROP NOT NULL;

UPDATE tracked_qualification SET stage = CASE
    WHEN expired_notified_at IS NOT NULL THEN 'EXPIRED'
    WHEN active AND expiring_notified_at IS NOT NULL THEN 'EXPIRING_SOON'
    WHEN active THEN 'ACTIVE'
    ELSE 'PENDING' END;

-- Typed and recognised ends side by side: the recognised one, confirmed by OCR, wins where there is one.
-- A NULL end with read_long_term means the document reads 長期 and never ends.
ALTER TABLE tracked_document RENAME COLUMN valid_to TO typed_to;
ALTER TABLE tracked_document ALTER COLUMN typed_to DROP NOT NULL;
ALTER TABLE tracked_document
    ADD COLUMN read_to        DATE,
    ADD COLUMN read_long_term BOOLEAN NOT NULL DEFAULT false;
DROP INDEX tracked_document_valid_to;

-- Rows migrated from V10 get their due instant from the worker at start-up (ExpiryScan.reschedule).
ALTER TABLE tracked_qualification
    DROP COLUMN active,
    DROP COLUMN expiring_notified_at,
    DROP COLUMN expired_notified_at;

CREATE INDEX tracked_qualification_due ON tracked_qualification (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX tracked_qualification_unscheduled ON tracked_qualification (qualification_id)
    WHERE next_due_at IS NULL AND stage IN ('ACTIVE', 'EXPIRING_SOON');
