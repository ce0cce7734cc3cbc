-- The writer schemas of the stored case files, by their CRC-64-AVRO fingerprint (the one in every Avro
-- single-object encoding), so that a case file written before a compatible schema change is still read with
-- the schema it was written in and resolved to the current one.
CREATE TABLE stored_schema (
    fingerprint BIGINT PRIMARY KEY,
    schema      TEXT   NOT NULL
);

-- 400 numbers held by each qualification: taken when it is evaluated, if no one else held them, and held until
-- the qualification is rejected, withdrawn or replaced; an expired qualification keeps its numbers for its renewal.
CREATE TABLE held_number (
    number           TEXT        NOT NULL,
    qualification_id TEXT        NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    released_at      TIMESTAMPTZ,
    PRIMARY KEY (number, qualification_id)
);
CREATE INDEX held_number_live ON held_number (number) WHERE released_at IS NULL;
CREATE INDEX held_number_by_qualification ON held_number (qualification_id);
