-- The runtime role reads and writes rows of every table the owner creates from now on; it never owns anything,
-- never runs DDL (no CREATE on the schema) and never bypasses row-level security (NOBYPASSRLS, see infra/).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${appRole};
