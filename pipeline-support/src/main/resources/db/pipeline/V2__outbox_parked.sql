-- An outbox row the broker can never accept (too large, refused, an invalid topic) is parked instead of being
-- retried forever in front of every row behind it. A parked row keeps its payload so that an operator can fix
-- the cause and release it (docs/operations.md, "Parked outbox rows"): UPDATE outbox SET parked_at = NULL ...
ALTER TABLE outbox ADD COLUMN parked_at     TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN parked_reason TEXT;

-- The relay reads the rows still to publish, in id order; parked rows stay out of its way.
CREATE INDEX outbox_unparked ON outbox (id) WHERE parked_at IS NULL;
-- "is an earlier row of this key parked?": asked for every row the relay publishes while anything is parked.
CREATE INDEX outbox_parked_key ON outbox (topic, record_key, id) WHERE parked_at IS NOT NULL;
