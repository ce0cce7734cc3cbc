-- The API keys ingest-service issued, as published on the compacted access.api-keys.v1: only hashes, never
-- keys. review-worker lets in the REVIEWER keys among them (besides those configured in review.reviewers),
-- without reading ingest-service's tables. The latest change of a key wins (changed_at), so a redelivered
-- older record never revives a revoked key.
CREATE TABLE issued_key (
    key_hash   TEXT        PRIMARY KEY,
    key_id     TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    role       TEXT        NOT NULL,
    account_id TEXT,
    revoked    BOOLEAN     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
