-- The daily open-data export (Licence Ouverte 2.0): a ZIP kept in PostgreSQL so that every api instance serves the
-- same file, stored in chunks of at most 1 MiB so that neither writing nor serving it holds it whole in memory.
-- Shared tables (no tenant): they hold only what is public by construction; read by anyone, written by the system
-- (operator context) only. One export per day: the UNIQUE date makes a second instance's export of the same day fail
-- instead of duplicating it.

CREATE TABLE open_data_export (
    id            uuid PRIMARY KEY,
    generated_on  date NOT NULL UNIQUE,
    generated_at  timestamptz NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes >= 0),
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    chunk_count   integer NOT NULL CHECK (chunk_count >= 0),
    complete      boolean NOT NULL DEFAULT false
);

CREATE TABLE open_data_chunk (
    export_id  uuid NOT NULL REFERENCES open_data_export (id) ON DELETE CASCADE,
    seq        integer NOT NULL CHECK (seq >= 0),
    bytes      bytea NOT NULL CHECK (length(bytes) <= 1048576),
    PRIMARY KEY (export_id, seq)
);

ALTER TABLE open_data_export ENABLE ROW LEVEL SECURITY;
ALTER TABLE open_data_export FORCE ROW LEVEL SECURITY;
CREATE POLICY open_data_export_read ON open_data_export FOR SELECT USING (true);
CREATE POLICY open_data_export_write ON open_data_export FOR ALL
    USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE open_data_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE open_data_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY open_data_chunk_read ON open_data_chunk FOR SELECT USING (true);
CREATE POLICY open_data_chunk_write ON open_data_chunk FOR ALL
    USING (app_is_operator()) WITH CHECK (app_is_operator());
