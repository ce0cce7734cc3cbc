-- Accounts, their API keys, and the audit trail of who read what.
-- An account is a customer of the platform (the portal's tenant). number400_enabled is the operator's
-- switch for the 400-number form (400號碼企業資質), which only enabled accounts may submit.
CREATE TABLE account (
    id                TEXT        PRIMARY KEY,
    display_name      TEXT        NOT NULL,
    number400_enabled BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Only the SHA-256 of a key is stored: the key itself is shown once, when it is issued.
-- APPLICANT and AUDITOR keys are bound to one account; REVIEWER and OPERATOR keys to none (the platform's).
CREATE TABLE api_key (
    key_hash   TEXT        PRIMARY KEY,
    key_id     TEXT        NOT NULL UNIQUE,
    name       TEXT        NOT NULL,
    role       TEXT        NOT NULL CHECK (role IN ('APPLICANT', 'AUDITOR', 'REVIEWER', 'OPERATOR')),
    account_id TEXT        REFERENCES account (id),
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    CHECK ((role IN ('APPLICANT', 'AUDITOR')) = (account_id IS NOT NULL))
);

-- Every access to a qualification in clear (reveal, reuse) and every cross-account read by the platform.
-- Append-only; an auditor of the account lists its rows.
CREATE TABLE access_audit (
    seq              BIGSERIAL   PRIMARY KEY,
    occurred_at      TIMESTAMPTZ NOT NULL,
    actor_key_id     TEXT        NOT NULL,
    actor_name       TEXT        NOT NULL,
    actor_role       TEXT        NOT NULL,
    action           TEXT        NOT NULL,
    account_id       TEXT,
    qualification_id UUID
);
CREATE INDEX access_audit_account ON access_audit (account_id, seq);

-- Idempotency-Key of POST /v1/qualifications, per account: a retry with the same key and the same request
-- gets the first answer; the same key with another request is refused. Written in the transaction that
-- creates the qualification, so a key never points at nothing and nothing is created twice.
CREATE TABLE idempotency_key (
    account_id       TEXT        NOT NULL,
    idempotency_key  TEXT        NOT NULL,
    request_sha256   TEXT        NOT NULL,
    qualification_id UUID        NOT NULL REFERENCES qualification (id),
    created_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);

CREATE INDEX qualification_account_status ON qualification (account_id, status, submitted_at DESC, id);
