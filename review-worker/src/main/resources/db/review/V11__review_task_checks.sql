-- What a person needs to decide a task: every check that did not pass, with its evidence (the value typed
-- against the value read, by which engines, how sure, or why it could not be read). Values stay sealed.
ALTER TABLE review_task ADD COLUMN checks JSONB NOT NULL DEFAULT '[]';
