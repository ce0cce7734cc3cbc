-- What an expiry change (EXPIRING_SOON, EXPIRED) says about each tracked document: its end date and whether
-- it was read from the document or typed. Shown to the owner with the qualification: which documents, until
-- when. Not personal data: document types and dates.
ALTER TABLE status_history ADD COLUMN document_ends JSONB NOT NULL DEFAULT '[]';
