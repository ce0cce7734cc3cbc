-- Shared by every worker, created in the worker's own schema (Flyway runs it with the worker's default schema).
-- Worker-specific migrations start at V10.

-- Transactional outbox: an event is written in the same transaction as the state change that causes it, and
-- the relay publishes it to Kafka afterwards. Payload is the Confluent-framed Avro value, ready to send.
CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    record_key  TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    event_id    TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Inbox: the events this worker has already processed, by consumer. Inserted in the same transaction as the
-- processing, so that a redelivered event is recognised and skipped (idempotent consumer).
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
