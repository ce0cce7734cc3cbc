-- The inbox is trimmed by age (InboxRetention deletes rows older than pipeline.inbox.retention in batches):
-- without this index every batch would scan the whole table.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
